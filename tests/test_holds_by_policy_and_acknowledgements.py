"""Readings of the forty-second session: a message held by a named policy while a person still has to look at it, a
gateway's notice about our own outgoing mail, a named rule's policy, a quarantine digest for the reader, replies that
ask to be taken off in German and Arabic under a quoted original, automatic acknowledgements in German and French,
complaints of the 2000s and of a French abuse desk, the address a list's instructions name, and two MTAs' fixed
sentences.

Each case is a wording written for the rule it tests (none copied from a sample): what the words mean decides.
"""
from __future__ import annotations

import pytest

from filter import classify
from filter.core.classifier import decide
from shapes import UTF8, kind_and_reasons, mail, notice


# ---- holds still to be looked at ---------------------------------------------------------------------------------
@pytest.mark.parametrize("body", [
    # held by the organisation's policy, not delivered yet, a person's review to come
    ("Your message has been held\n\nThe message you sent to eva@firm.example has been held by the organisation's email "
     "security policy and has not been delivered yet.\n\nAn administrator at firm.example will review the message.\n"),
    # held until an administrator reviews it (and the same in Japanese above it)
    ("eva@firm.example 宛てのメッセージは、受信者組織のセキュリティポリシーにより保留されました。管理者が確認するまで配信されません。\n\n"
     "Your message to eva@firm.example has been held by the recipient's email security policy and will not be delivered "
     "until an administrator reviews it.\n"),
])
def test_a_message_held_by_a_policy_awaiting_a_person_is_held(body):
    report = notice("Email Security <notify@gw.firm.example>", "Your message has been held", body, null=True)
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "on_hold")])


def test_a_hold_whose_release_was_refused_is_no_longer_a_hold():
    body = ("The message you sent to eva@firm.example has been held by the organisation's email security policy.\n"
            "The administrator has rejected the release request and the message was deleted.\n")
    report = notice("Email Security <notify@gw.firm.example>", "Message not released", body, null=True)
    assert report.kind == "failed" and report.recipients[0].reason != "on_hold"


def test_our_own_gateway_holding_our_outbound_message_is_a_report_on_it():
    body = ("Your outbound message has been held for review by the Shop Data Leak Prevention policy \"Personal data\".\n\n"
            "  To:       eva@firm.example\n  Subject:  Member list export\n\n"
            "The message will be delivered if a reviewer approves it, or rejected if it is not approved within 48 hours.\n")
    report = notice("Data Leak Prevention <dlp-notify@shop.example>", "Your message has been held for review: Member list",
                    body, null=True)
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "on_hold")])


@pytest.mark.parametrize("words", [
    # blocked by a named organisation's data loss prevention policy: the policy, not our host
    "Your outbound message was blocked by the Shop Example data loss prevention policy.",
    # a named rule's policy violated
    "The message below violated the Outbound - Financial data (IBAN/SWIFT) policy and was not delivered.",
])
def test_a_named_policy_is_a_policy_violation(words):
    assert decide(status=None, diagnostic=words, action="failed") == "policy_violation"


def test_a_block_by_a_named_list_keeps_its_reading():
    # (the organisation's name between is no policy: a block list of our IP is still our host refused)
    words = "Your message was blocked by the Spamhaus ZEN list: 192.0.2.25 is listed."
    assert decide(status="5.7.1", diagnostic=words, action="failed") == "blocked"


def test_a_digest_of_mail_held_for_the_reader_is_no_bounce():
    body = ("Your Digest\nMessages on hold for bounces@shop.example since your last digest: 2\n\n"
            "Received   From                         Subject               Reason\n"
            "17/11      mailer-daemon@mx.other.example  Mail delivery failed  Spam\n"
            "17/11      info@webinar.example         Last seats            Graymail\n\n"
            "Release | Block | Permit: https://login.gateway.example/digest\n")
    report = classify(mail("From: Gateway Digest <digest@gateway.example>\nTo: bounces@shop.example\n"
                           f"Subject: Your digest\n{UTF8}", body))
    assert report.kind == "not_bounce"


# ---- replies asking to be taken off ------------------------------------------------------------------------------
@pytest.mark.parametrize("rule", ["-----Original-Nachricht-----", "-----Mensaje original-----",
                                  "-----Messaggio originale-----"])
def test_a_bare_request_above_a_quoted_original_is_a_request(rule):
    body = (f"Bitte austragen. Ich bekomme das jetzt jede Woche.\nH. Wagner\n\n{rule}\nBetreff: Herbst-Sale\n"
            "Von: \"Shop\" <news@shop.example>\n\nHallo, jetzt zugreifen ...\n")
    report = classify(mail("From: Helmut Wagner <h.wagner@firm.example>\nTo: bounces+h.wagner=firm.example@shop.example\n"
                           f"Subject: AW: Herbst-Sale\nIn-Reply-To: <nl.1@shop.example>\n{UTF8}", body))
    assert kind_and_reasons(report) == ("unsubscribe", [("h.wagner@firm.example", "unsubscribe")])


def test_a_word_that_only_begins_a_sentence_is_no_request():
    # ("Abmelden" as the first word of a longer sentence about something else asks nothing)
    body = "Abmelden kann ich mich ja jederzeit, aber wo finde ich die Rechnung vom Oktober?\nH. Wagner\n"
    report = classify(mail("From: Helmut Wagner <h.wagner@firm.example>\nTo: bounces+h.wagner=firm.example@shop.example\n"
                           f"Subject: AW: Herbst-Sale\nIn-Reply-To: <nl.1@shop.example>\n{UTF8}", body))
    assert report.kind == "not_bounce"


@pytest.mark.parametrize("body", [
    "من فضلكم ألغوا اشتراكي في النشرة البريدية.\nشكراً\n",
    "لا ترسلوا لي أي رسائل أخرى من فضلكم.\n",
])
def test_requests_to_unsubscribe_in_arabic_imperatives(body):
    report = classify(mail("From: nour@firm.example\nTo: bounces+nour=firm.example@shop.example\n"
                           f"Subject: Re: النشرة الشهرية\n{UTF8}", body))
    assert kind_and_reasons(report) == ("unsubscribe", [("nour@firm.example", "unsubscribe")])


# ---- automatic acknowledgements ----------------------------------------------------------------------------------
@pytest.mark.parametrize("subject, body", [
    # German: thanks in the subject, "we have received your mail", "an automatically generated answer"
    ("Vielen Dank für Ihre Nachricht!", "Hallo und vielen Dank für Ihre Nachricht!\n\nWir haben Ihre E-Mail erhalten und "
     "melden uns innerhalb von 24 Stunden.\n\nDies ist eine automatisch erzeugte Antwort.\n"),
    # French: an automatic receipt answering our mail
    ("Re: Offre spéciale", "Bonjour,\n\nNous avons bien reçu votre courriel. Ceci est un accusé de réception automatique.\n\n"
     "Ce courriel a été envoyé automatiquement. Veuillez ne pas y répondre.\n"),
])
def test_automatic_acknowledgements_in_german_and_french(subject, body):
    report = classify(mail("From: Service <info@firm.example>\nTo: bounces+info=firm.example@shop.example\n"
                           f"Subject: {subject}\n{UTF8}", body))
    assert kind_and_reasons(report) == ("auto_reply", [("info@firm.example", "auto_reply")])


def test_a_person_thanking_for_a_message_is_no_acknowledgement():
    body = "Vielen Dank für Ihre Nachricht. Können Sie mir die Größe M noch einmal zuschicken?\nGruß, Eva\n"
    report = classify(mail("From: Eva <eva@firm.example>\nTo: bounces+eva=firm.example@shop.example\n"
                           f"Subject: Vielen Dank für Ihre Nachricht\n{UTF8}", body))
    assert report.kind == "not_bounce"


# ---- complaints --------------------------------------------------------------------------------------------------
_ORIGINAL = ("--b1\nContent-Type: message/rfc822\n\nFrom: news@shop.example\nTo: eva@isp.example\nSubject: Offers\n\n"
             "Offers inside\n--b1--\n")


def test_aol_s_client_tos_notification_is_a_complaint():
    body = ("--b1\nContent-Type: text/plain\n\nThis is an email abuse report for an email message received from IP "
            "192.0.2.25.\n" + _ORIGINAL)
    report = classify(mail("From: scomp@aol.example\nTo: fbl@shop.example\nSubject: Client TOS Notification\n"
                           "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b1\"\n", body))
    assert kind_and_reasons(report) == ("complaint", [("eva@isp.example", "complaint")])


def test_a_french_abuse_desk_s_report_names_its_subscriber():
    body = ("Bonjour,\n\nUn de nos abonnés a signalé comme indésirable (bouton « Signaler un spam ») le message ci-dessous, "
            "émis depuis votre serveur 192.0.2.25.\n\nAbonné concerné : eva@isp.example\nObjet : Dernière chance\n\n"
            "Merci de retirer cet abonné de vos listes de diffusion.\n")
    report = classify(mail("From: Service abus <abuse@isp.example>\nTo: postmaster@shop.example\n"
                           f"Subject: Signalement de courrier indésirable\n{UTF8}", body))
    assert kind_and_reasons(report) == ("complaint", [("eva@isp.example", "complaint")])


# ---- the address a list's instructions name ------------------------------------------------------------------------
def test_the_address_under_a_join_instruction_is_no_recipient():
    body = ("Hello,\n\nThis message could not be delivered to the group because the group accepts messages only from its "
            "members.\n\nTo join the group, send a blank email to:\ntreasurers-subscribe@groups.example\n")
    report = classify(mail("From: Groups <notify@groups.example>\nTo: bounces+treasurers=groups.example@shop.example\n"
                           f"Subject: Your message to treasurers was not delivered\n{UTF8}", body))
    assert report.kind == "failed"
    assert [x.address for x in report.recipients] == ["treasurers@groups.example"]


# ---- fixed sentences of two MTAs ---------------------------------------------------------------------------------
@pytest.mark.parametrize("status, words, reason", [
    # qmail-smtpd's refusal of a bare line feed (RFC 5321 section 2.3.8), named by the page it points to or in words
    ("4.0.0", "451 See http://pobox.com/~djb/docs/smtplf.html.", "not_compliant_rfc"),
    ("5.6.0", "550 5.6.0 Bare LF received after DATA; lines must end in CRLF", "not_compliant_rfc"),
    # Exchange 5.5's MTA with no connector to the recipient's server
    (None, "No transport provider was available for delivery to this recipient. MSEXCH:MSExchangeMTA", "system_error"),
])
def test_fixed_sentences_of_qmail_and_exchange(status, words, reason):
    assert decide(status=status, diagnostic=words, action="failed") == reason


# ---- second batch: codes of a shared form, more holds and their outcomes ------------------------------------------
@pytest.mark.parametrize("status, words, reason", [
    # an "IBnnn" code (GoDaddy's table; Telstra numbers its own refusals the same way) beside words that name a cause
    ("5.1.1", "550 5.1.1 Recipient unknown <eva@firm.example> IB605", "user_unknown"),
    ("5.7.1", "554 5.7.1 Connection refused. 192.0.2.25 is listed on the Exploits Block List (XBL). IB101", "blocked"),
    # ... and where the words name none, or the same one, the code's table still reads it
    ("5.0.0", "554 p3plibsmtp01.prod.secureserver.net bizsmtp IB212 Message rejected for spam or virus content",
     "spam_detected"),
    ("5.0.0", "550 bizsmtp IB605 too many recipients in this session", "rate_limited"),
    # the recipient's own Sieve filter, in French
    ("5.7.1", "550 5.7.1 Message rejeté par le filtre Sieve du destinataire", "filtered"),
    # blocked by the organisation's policy, no adjective before it
    (None, "The message contains a password-protected attachment that cannot be scanned and was blocked by the "
           "organisation's policy.", "policy_violation"),
    # the message's own size beside the limit it passes, said by a filter that held it
    (None, "Your message to eva@firm.example was held by the mail filter because it is 31.4 MB, which exceeds the 25 MB "
           "limit for incoming mail. This message has been removed and will not be delivered.", "message_too_large"),
    # Exchange 5.5's German sentence for a recipient it has no connector to
    (None, "Für die Zustellung an diesen Empfänger war kein Transportanbieter verfügbar.", "system_error"),
])
def test_the_second_batch_of_causes(status, words, reason):
    assert decide(status=status, diagnostic=words, action="failed") == reason


@pytest.mark.parametrize("body", [
    # English: reviewed and deleted, said above the recipient
    ("On 15.10.2024 your message was held for review by the \"External bulk mail\" content compliance policy.\n\n"
     "An administrator has now reviewed the message and DELETED it.\nThe message will not be delivered to:\n\n"
     "    eva@firm.example\n\nOriginal sender:  news@shop.example\n"),
    # Spanish: retained by a policy, then refused by the administrator
    ("Su mensaje para eva@firm.example, con asunto «Ofertas», fue retenido por la política de correo masivo. Tras revisarlo, "
     "el administrador lo ha rechazado. El mensaje ha sido eliminado y no se entregará.\n"),
    # Japanese: held by the sending policy, delivery refused after the administrator's check
    ("eva@firm.example 宛てに送信されたメッセージは、送信ポリシーにより保留されていましたが、管理者が確認した結果、配信は拒否されました。\n"),
])
def test_a_hold_that_ended_in_a_refusal_is_the_policy(body):
    report = notice("Mail Gateway <gateway@gw.firm.example>", "Message not delivered", body, null=True)
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "policy_violation")])


@pytest.mark.parametrize("body", [
    # German: held, awaiting the check, then delivered or deleted
    ("Die folgenden Nachrichten, die Sie gesendet haben, werden zurückgehalten. Sie wurden noch nicht zugestellt und warten "
     "auf die Prüfung durch einen Administrator.\n\n  Empfänger: eva@firm.example\n  Grund:     Massenmail\n\n"
     "Nach der Prüfung werden die Nachrichten zugestellt oder gelöscht.\n"),
    # Japanese: held awaiting approval, delivered once approved
    "eva@firm.example 宛てのメールは、社外宛て一斉送信の承認待ちのため保留されています。承認するとメールが配信されます。\n",
    # German: our own outgoing message held by our data loss prevention rule
    ("Ihre ausgehende Nachricht wurde zurückgehalten.\n\n  An:       eva@firm.example\n\nSie wartet auf die Freigabe durch "
     "die Compliance-Abteilung und wird erst nach der Prüfung zugestellt.\n"),
])
def test_holds_still_to_be_looked_at_in_german_and_japanese(body):
    report = notice("Mail Security <mailsec@gw.firm.example>", "Zurückgehaltene Nachricht / 保留", body, null=True)
    # (a report of a message not yet delivered: failed or delayed, as its words put it; the hold is what counts)
    kind, reasons = kind_and_reasons(report)
    assert kind in ("failed", "delayed") and reasons == [("eva@firm.example", "on_hold")]


@pytest.mark.parametrize("body", [
    ("Your message to eva@firm.example, which was held by the Attachment Policy, has been reviewed by an administrator and "
     "released. The message has now been delivered to the recipient's mailbox.\n"),
    ("Votre message à destination de eva@firm.example, retenu par la politique de filtrage, a été examiné par un "
     "administrateur puis libéré. Il a été remis dans la boîte aux lettres du destinataire.\n"),
])
def test_a_release_then_delivery_in_two_sentences_is_a_success(body):
    report = notice("Mail Gateway <gateway@gw.firm.example>", "Message released", body, null=True)
    assert report.kind == "delivered"


# ---- recipients -----------------------------------------------------------------------------------------------------
def test_the_address_of_the_notice_s_own_sender_field_is_no_recipient():
    body = ("Your message couldn't be delivered to the following recipients:\n\n  Daniel Reyes <d.reyes@firm.example>\n\n"
            "Reason:  Rejected by header based Anti-Spoofing policy: news@shop.example\n"
            "Response: 550 Rejected by header based Anti-Spoofing policy\n\nSender: news@shop.example\n")
    report = notice("Gateway <postmaster@gw.firm.example>", "Undeliverable", body, null=True)
    assert kind_and_reasons(report) == ("failed", [("d.reyes@firm.example", "policy_violation")])


def test_sendmail_s_per_recipient_lines_with_an_enhanced_status_each_name_their_recipient():
    body = ("   ----- Transcript of session follows -----\n"
            "<eva@firm.example>... Deferred: Connection timed out with mx.firm.example.\n"
            "452 4.2.2 <jo@firm.example>... Mailbox full, try again later\n"
            "Warning: message still undelivered after 4 hours\n")
    report = notice("Mail Delivery Subsystem <MAILER-DAEMON@mx.shop.example>", "Warning: could not send message for past 4 "
                    "hours", body, null=True)
    reasons = dict(kind_and_reasons(report)[1])
    # (each its own words: the full mailbox is jo's, never the time-out's recipient's)
    assert reasons["jo@firm.example"] == "mailbox_full" and reasons["eva@firm.example"] in ("network_error", "expired")


def test_rows_under_a_heading_of_the_failed_recipients_share_the_reply_below_them():
    body = ("Your message to these recipients couldn't be delivered:\n\n"
            "anya@firm.example\tOffice 365\t\nliam@firm.example\tOffice 365\t\n\n"
            "Remote Server returned '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP.'\n")
    report = notice("Microsoft Outlook <postmaster@outlook.example>", "Undeliverable: Flash sale", body, null=True)
    assert kind_and_reasons(report) == ("failed", [("anya@firm.example", "blocked"), ("liam@firm.example", "blocked")])


def test_rows_of_a_table_without_a_heading_of_recipients_are_not_read_as_recipients():
    # (a digest-like table of senders: no heading says these are the failed recipients)
    body = ("Messages from these senders were accepted today\n\nanya@firm.example\tOffice 365\t\n"
            "liam@firm.example\tOffice 365\t\n")
    report = notice("Reports <reports@firm.example>", "Daily summary", body)
    assert report.kind == "not_bounce"


# ---- more requests, acknowledgements and complaints ----------------------------------------------------------------
@pytest.mark.parametrize("subject, body", [
    ("AW: Ihr Wochenangebot", "Hallo,\nkönnen Sie mich bitte aus Ihrem Verteiler nehmen? Ich bekomme die Mails\njetzt dreimal "
     "die Woche, das ist mir zu viel.\n\nDanke und Gruß\nG. Roth\n"),
    ("RE: Last chance", "Tolong berhenti kirim email promosi ke alamat ini. Hapus saya dari daftar kalian ya.\n"),
    ("Berhenti langganan", "Salam,\n\nSila keluarkan alamat e-mel saya daripada senarai mel anda.\nBerhenti langganan.\n\n"
     "Terima kasih,\nWei Ling\n"),
])
def test_requests_to_unsubscribe_in_german_questions_indonesian_and_malay(subject, body):
    report = classify(mail("From: Eva <eva@firm.example>\nTo: news@shop.example\n"
                           f"Subject: {subject}\nIn-Reply-To: <nl.1@shop.example>\n{UTF8}", body))
    assert kind_and_reasons(report) == ("unsubscribe", [("eva@firm.example", "unsubscribe")])


def test_a_request_naming_our_list_address_takes_off_its_sender():
    body = ("This message was automatically generated by Fjord Post to unsubscribe\nyou from the mailing list: "
            "news@shop.example\n")
    report = classify(mail("From: eva@firm.example\nTo: unsubscribe+c2ZhLTA1MjE@shop.example\nSubject: unsubscribe\n"
                           f"{UTF8}", body))
    assert kind_and_reasons(report) == ("unsubscribe", [("eva@firm.example", "unsubscribe")])


def test_an_indonesian_out_of_office_subject_is_an_auto_reply():
    body = "Dengan hormat,\n\nSaya sedang dinas luar kota sampai dengan 6 September dengan akses email terbatas.\n"
    report = classify(mail("From: Yudi <yudi@firm.example>\nTo: news@shop.example\n"
                           f"Subject: Di Luar Kantor: Your weekly picks\n{UTF8}", body))
    assert kind_and_reasons(report) == ("auto_reply", [("yudi@firm.example", "auto_reply")])


def test_a_dutch_automatic_acknowledgement_is_an_auto_reply():
    body = ("Beste afzender,\n\nBedankt voor uw e-mail. Dit is een automatisch gegenereerd antwoord.\n"
            "Wij hebben uw bericht in goede orde ontvangen en nemen binnen twee werkdagen contact met u op.\n")
    report = classify(mail("From: Klantenservice <klantenservice@firm.example>\nTo: bounces+klantenservice=firm.example@shop.example\n"
                           f"Subject: Bedankt voor uw e-mail\nAuto-Submitted: auto-generated\n{UTF8}", body))
    assert kind_and_reasons(report) == ("auto_reply", [("klantenservice@firm.example", "auto_reply")])


def test_a_polish_auto_reply_saying_the_account_was_deleted_is_the_failure():
    body = ("Dzień dobry,\n\nkonto pocztowe anna@firm.example zostało usunięte\ni nie jest już obsługiwane. Państwa wiadomość "
            "NIE została dostarczona\ni została skasowana.\n")
    report = classify(mail("From: anna@firm.example\nTo: bounces+anna=firm.example@shop.example\n"
                           f"Subject: Autoodpowiedź: Nowości\nAuto-Submitted: auto-replied\n{UTF8}", body))
    assert kind_and_reasons(report) == ("failed", [("anna@firm.example", "user_unknown")])


def test_a_french_help_desk_ticket_quoting_a_customer_s_bounce_is_no_report():
    body = ("##- Veuillez répondre au-dessus de cette ligne -##\n\nNouvelle demande #48213 : « Mail delivery failed »\n\n"
            "j'ai reçu ceci en retour :\n\n  Le message n'a pas pu être remis aux destinataires suivants :\n"
            "  commandes@shop.example\n  Le serveur distant a renvoyé '550 5.7.1 Unable to relay'\n")
    report = classify(mail("From: Service client <support@shop.helpdesk.example>\nTo: deliverability@shop.example\n"
                           f"Subject: [Shop] Mise à jour de la demande #48213\nAuto-Submitted: auto-generated\n{UTF8}", body))
    assert report.kind == "not_bounce"


@pytest.mark.parametrize("sender, subject, body", [
    # a sending service's notice, whatever account sends it
    ("Sending Service <support@esp.example>", "Spam complaint: eva@firm.example marked your email as spam",
     "Hi,\n\nA recipient marked one of your emails as spam.\n\n  Recipient:   eva@firm.example\n  Subject:     Winter sale\n"),
    # a French desk: "a déclaré comme spam"
    ("Service anti-abus <abuse-noreply@isp.example>", "Plainte pour courrier non sollicité",
     "Bonjour,\n\nUn de nos clients a déclaré comme spam le courriel reproduit ci-dessous.\n"
     "Adresse du client : eva@firm.example\n"),
])
def test_complaints_of_a_sending_service_and_a_french_desk(sender, subject, body):
    report = classify(mail(f"From: {sender}\nTo: bounces@shop.example\nSubject: {subject}\n{UTF8}", body))
    assert kind_and_reasons(report) == ("complaint", [("eva@firm.example", "complaint")])


def test_a_person_mentioning_a_spam_complaint_is_no_complaint():
    body = "Hi, about the spam complaint you mentioned on the phone: I never marked anything. Can we talk tomorrow?\n"
    report = classify(mail("From: Eva <eva@firm.example>\nTo: news@shop.example\nSubject: Re: spam complaint\n"
                           f"In-Reply-To: <x.1@shop.example>\n{UTF8}", body))
    assert report.kind == "not_bounce"


# ---- third batch ------------------------------------------------------------------------------------------------------
def test_an_invitation_to_write_in_german_names_a_contact_not_the_recipient():
    body = ("Die Nachricht konnte nicht an „Müller, Hans“ <h.mueller@firm.example> zugestellt werden.\n\n"
            "Das Postfach des Empfängers wurde verschoben; bitte wenden Sie sich an sekretariat@firm.example.\n\n"
            "Remote Server returned '550 5.1.6 RESOLVER.ADR.RecipientMoved; recipient mailbox has moved'\n")
    report = notice("Microsoft Outlook <postmaster@firm.example>", "Unzustellbar: Angebot", body, null=True)
    assert kind_and_reasons(report) == ("failed", [("h.mueller@firm.example", "has_moved")])


@pytest.mark.parametrize("body", [
    # German: held, checked, then deleted
    ("Ihre Nachricht an eva@firm.example wurde zurückgehalten und von unserem Administrator geprüft.\n\n"
     "Ergebnis: Die Nachricht wurde gelöscht und nicht zugestellt.\n"),
    # Japanese: held, then not permitted and discarded
    ("保留されていた以下のメールについて、管理者が確認した結果、社内規定により宛先への送信は許可されませんでした。メールは破棄されました。\n\n"
     "宛先: eva@firm.example\n件名: 冬のギフト特集\n"),
])
def test_more_holds_that_ended_in_a_refusal(body):
    report = notice("Mail Gateway <gateway@gw.firm.example>", "Ergebnis der Prüfung / 審査結果", body, null=True)
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "policy_violation")])


def test_a_korean_hold_awaiting_the_administrator_across_a_line_is_held():
    body = ("귀하가 eva@firm.example 님에게 보낸 메일은 보안 정책에 따라\n관리자 승인 대기 중입니다. 관리자가 승인하면 수신자에게 "
            "전달됩니다.\n\n제목: 연말 특가 안내\n")
    report = classify(mail("Return-Path: <>\nFrom: 메일 보안 <mailsecurity@firm.example>\nTo: bounces+eva=firm.example@shop.example\n"
                           f"Subject: 메일 발송 보류 안내\nAuto-Submitted: auto-generated\n{UTF8}", body))
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "on_hold")])


def test_a_french_release_then_delivery_is_no_failure():
    body = ("Bonjour,\n\nVotre message « Tarifs » avait été placé en quarantaine.\nL'administrateur l'a sorti de quarantaine "
            "ce matin ; il a bien été distribué\ndans la boîte de eva@firm.example.\n")
    report = classify(mail("Return-Path: <>\nFrom: Antispam <antispam@firm.example>\nTo: bounces+eva=firm.example@shop.example\n"
                           f"Subject: Message sorti de quarantaine\n{UTF8}", body))
    assert report.kind != "failed"


def test_a_spanish_auto_reply_saying_the_account_was_deleted_is_the_failure():
    body = ("Esta cuenta de correo (ana@firm.example) ha sido eliminada.\nSu mensaje no ha sido entregado. Por favor, escriba a\n"
            "contacto@firm.example.\n")
    report = classify(mail("From: ana@firm.example\nTo: bounces+ana=firm.example@shop.example\n"
                           f"Subject: Respuesta automática: Ofertas\nAuto-Submitted: auto-replied\n{UTF8}", body))
    assert kind_and_reasons(report) == ("failed", [("ana@firm.example", "user_unknown")])


@pytest.mark.parametrize("sender, subject, body", [
    # a sending service in Spanish
    ("Relay <notificaciones@relay.example>", "Queja de spam: eva@firm.example marcó su correo como spam",
     "Un destinatario ha marcado uno de sus correos como spam.\n\nDestinatario: eva@firm.example\nAsunto: Ofertas\n"),
    # a German feedback desk: the report button, "Empfänger:" the complainant
    ("Postmaster <fbl@isp.example>", "Beschwerde über eine E-Mail von shop.example",
     "Sehr geehrte Damen und Herren,\n\neiner unserer Kunden hat die unten genannte Nachricht über die Schaltfläche\n"
     "\"Spam melden\" als unerwünscht gemeldet.\n\nEmpfänger: eva@firm.example\nAbsender:  news@shop.example\n"),
    # a French desk writing from "postmaster-retours@"
    ("Service Postmaster <postmaster-retours@isp.example>", "Signalement d'un message indésirable",
     "Bonjour,\n\nUn de nos abonnés a signalé votre message comme indésirable.\n\nDestinataire : eva@firm.example\n"
     "Expéditeur : news@shop.example\n"),
])
def test_complaints_in_spanish_german_and_french(sender, subject, body):
    report = classify(mail(f"From: {sender}\nTo: bounces@shop.example\nSubject: {subject}\n{UTF8}", body))
    assert kind_and_reasons(report) == ("complaint", [("eva@firm.example", "complaint")])


def test_a_question_about_what_unsubscribing_would_do_is_no_request():
    body = ("Hi there,\n\nIf I unsubscribe from the newsletter, will I still get order confirmations\nand shipping updates? "
            "I want to keep those.\n")
    report = classify(mail("From: Priya <priya@firm.example>\nTo: news@shop.example\nSubject: Question about emails\n"
                           f"{UTF8}", body))
    assert report.kind == "not_bounce"


@pytest.mark.parametrize("sender, subject, body", [
    # Japanese: stop the sending, delete my address (a reply)
    ("近藤 <kondo@firm.example>", "Re: 今週末はお得", "何度も送ってこないでください。\n今すぐ配信を止めて、私のアドレスを削除してください。\n"),
    # Japanese: the company's request to stop sending the mail magazine to this address
    ("購買部 <koubai@firm.example>", "送付停止のお願い", "今後、本アドレス宛てのメールマガジン・キャンペーン案内の送付は\n"
     "停止していただけますようお願い申し上げます。\n"),
    # Korean: process the opt-out at once
    ("park@firm.example", "수신거부 요청", "저는 광고 수신에 동의한 적이 없습니다.\n\n즉시 수신거부 처리해 주세요.\n"),
    # Croatian: unsubscription from the list
    ("Tomislav <tomislav@firm.example>", "ODJAVA", "Molim odjavu s liste. Ne želim više primati vaše obavijesti.\n"),
])
def test_requests_to_unsubscribe_in_japanese_korean_and_croatian(sender, subject, body):
    addr = sender.rpartition("<")[2].rstrip(">")
    report = classify(mail(f"From: {sender}\nTo: bounces+x={addr.replace('@', '=')}@shop.example\nSubject: {subject}\n{UTF8}",
                           body))
    assert kind_and_reasons(report) == ("unsubscribe", [(addr, "unsubscribe")])


@pytest.mark.parametrize("subject, body", [
    # Korean: a support desk's receipt, sent automatically
    ("[접수완료] 고객님의 문의가 정상적으로 접수되었습니다", "보내주신 문의가 정상적으로 접수되었습니다.\n접수번호: CS-0412\n\n"
     "※ 본 메일은 발신 전용이며 자동으로 발송되었습니다.\n"),
    # Japanese: a receipt of the mail, an automatic reply
    ("Re: ご注文ありがとうございます", "メールを受信いたしました。\n土日祝日は休業日のため、ご返信は翌営業日以降となります。\n\n"
     "※このメールは受信確認のための自動返信です\n"),
])
def test_automatic_receipts_in_korean_and_japanese(subject, body):
    report = classify(mail("From: Desk <help@firm.example>\nTo: bounces+help=firm.example@shop.example\n"
                           f"Subject: {subject}\n{UTF8}", body))
    assert kind_and_reasons(report) == ("auto_reply", [("help@firm.example", "auto_reply")])


# ---- fourth batch ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("body", [
    # Japanese: held, checked, then its sending permitted and delivered
    ("以下のメールは、添付ファイルを含むため保留されていましたが、\n管理者の確認の結果、送信が許可されました。宛先へ配信済みです。\n\n"
     "差出人: news@shop.example\n宛先: eva@firm.example\n"),
    # English: reviewed and released, then delivered to the address
    ("Quarantine review result\nAn administrator reviewed the message below and RELEASED it. The message has been delivered to "
     "eva@firm.example.\n"),
])
def test_releases_then_deliveries_in_japanese_and_to_a_named_address_are_no_failure(body):
    report = classify(mail("From: Mail Guard <mailguard@firm.example>\nTo: bounces+eva=firm.example@shop.example\n"
                           f"Subject: 【承認結果】保留メールの処理について\n{UTF8}", body))
    assert report.kind != "failed"


def test_a_korean_refusal_beside_the_recipient_after_a_hold_said_above_it():
    body = ("보낸 메일은 관리자 승인 대기 중이었으나,\n관리자가 승인을 거부하여 수신자(eva@firm.example)에게 전달되지 않고 삭제되었습니다.\n\n"
            "제목: 연말 특가 안내\n")
    report = classify(mail("Return-Path: <>\nFrom: 메일 보안 <noreply@mailsec.firm.example>\nTo: bounces+eva=firm.example@shop.example\n"
                           f"Subject: [반려] 승인 요청 메일 처리 결과\nAuto-Submitted: auto-generated\n{UTF8}", body))
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "policy_violation")])


@pytest.mark.parametrize("sender, subject, body", [
    ("Envíalo <avisos@esp.example>", "Aviso: un contacto ha denunciado su campaña como correo no deseado",
     "Un contacto ha denunciado su campaña \"Rebajas\" como correo no deseado.\n\nContacto: eva@firm.example\n"),
    ("Versand-Service <abuse-desk@esp.example>", "Spam-Beschwerde zu Ihrer Aussendung",
     "ein Empfänger Ihrer Aussendung hat die E-Mail in seinem\nPostfach als Spam markiert.\n\nBetroffener Empfänger: "
     "eva@firm.example\n"),
    ("Service abuse <abuse-fbl@esp.example>", "Plainte pour spam",
     "L'abonné ci-dessous a classé votre e-mail « Réveillon » dans ses courriers\nindésirables.\n\nAbonné : eva@firm.example\n"),
    ("Notifiche <notifiche@esp.example>", "Segnalazione spam da un destinatario",
     "Un destinatario ha segnalato il tuo messaggio come spam.\n\nDestinatario: eva@firm.example\n"),
])
def test_sending_services_complaints_in_four_languages(sender, subject, body):
    report = classify(mail(f"From: {sender}\nTo: news@shop.example\nSubject: {subject}\nAuto-Submitted: auto-generated\n{UTF8}",
                           body))
    assert kind_and_reasons(report) == ("complaint", [("eva@firm.example", "complaint")])


def test_a_sending_service_s_newsletter_about_complaints_is_none():
    body = ("¿Qué significa una \"Queja de spam\"?\nCuando un destinatario ha marcado uno de sus correos como spam, le enviamos "
            "un aviso.\n")
    report = classify(mail("From: Envíalo <novedades@esp.example>\nTo: bounces@shop.example\n"
                           f"Subject: Guía: qué hacer ante una queja de spam\n{UTF8}", body))
    assert report.kind == "not_bounce"


@pytest.mark.parametrize("body, kind", [
    # the polite conditional is the request
    ("If we could be taken off your mailing list that would be great - we never signed up.\n", "unsubscribe"),
    ("If you could unsubscribe me from this newsletter, thank you.\n", "unsubscribe"),
    # a condition asks a question
    ("Wenn wir uns vom Newsletter abmelden, bekommen wir dann trotzdem noch die Rechnungen per E-Mail?\n", "not_bounce"),
    ("Si je me désabonne de la newsletter, est-ce que je garde mes points fidélité ?\n", "not_bounce"),
    ("만약 광고 메일을 수신거부하면 주문 배송 안내 메일도 못 받게 되나요?\n", "not_bounce"),
])
def test_conditions_and_polite_conditionals_about_unsubscribing(body, kind):
    report = classify(mail("From: Eva <eva@firm.example>\nTo: news@shop.example\nSubject: Re: Offers\n"
                           f"In-Reply-To: <nl.1@shop.example>\n{UTF8}", body))
    assert report.kind == kind


@pytest.mark.parametrize("status, words, reason", [
    # the recipient's own block list, behind a heading that names the sender as refused (and in Russian)
    ("5.7.1", "550 5.7.1 Sender denied: sender is in the recipient's blacklist (отправитель находится в чёрном списке получателя)",
     "filtered"),
    # ... beside a block list of our IP, that list decides
    ("5.7.1", "550 5.7.1 Sender denied: your IP 192.0.2.25 is listed on Spamhaus ZEN", "blocked"),
    # the recipient's mail service, not the person, judged it spam
    (None, "550 spam message rejected. Error code: 6A1F0C2B. Почтовая служба получателя отклонила письмо как спам.",
     "spam_detected"),
    # our bounce rate, said as such (English and Portuguese)
    ("4.7.0", "421 4.7.0 IP 192.0.2.25 temporariamente bloqueado: taxa de enderecos inexistentes acima do permitido / "
              "temporarily blocked due to high bounce rate.", "blocked"),
    # a group address that names no group
    (None, "We could not deliver your message to makers@groups.example. There is no group named \"makers\" on Groups.example.",
     "user_unknown"),
    # ... never Google Groups' two-way notice
    (None, "The group you tried to contact may not exist, or you may not have permission to post messages to the group.",
     "rejected"),
])
def test_the_fourth_batch_of_causes(status, words, reason):
    assert decide(status=status, diagnostic=words, action="failed") == reason


def test_a_russian_invitation_to_contact_the_administrator_names_no_recipient():
    body = ("Получатель: eva@firm.example\nОбнаружено: HEUR:Trojan-Downloader.MSOffice.SLoad.gen\nСообщение удалено. Если вы "
            "считаете, что произошла ошибка, обратитесь\nк администратору: it@firm.example\n")
    report = notice("Антивирус <av@gw.firm.example>", "Обнаружен вирус", body, null=True)
    assert [x.address for x in report.recipients] == ["eva@firm.example"]


@pytest.mark.parametrize("subject, body", [
    # Russian / Kazakh: an electronic request registered, the letter sent automatically
    ("Обращение зарегистрировано № 0088123", "Уважаемый заявитель!\n\nВаше обращение зарегистрировано в системе.\n"
     "Это письмо отправлено автоматически, не отвечайте на него.\n"),
    # Russian: an automatic answer, the letter received
    ("Re: Краски и грунтовки", "Спасибо за ваше письмо!\n\nЭто автоматический ответ. Ваше письмо получено, мы ответим в течение "
     "рабочего дня.\n"),
])
def test_automatic_receipts_in_russian(subject, body):
    report = classify(mail("From: Desk <desk@firm.example>\nTo: bounces+desk=firm.example@shop.example\n"
                           f"Subject: {subject}\nAuto-Submitted: auto-generated\n{UTF8}", body))
    assert kind_and_reasons(report) == ("auto_reply", [("desk@firm.example", "auto_reply")])


def test_a_quebec_request_to_leave_the_infolettre_and_all_lists():
    body = ("Bonjour,\n\nVeuillez me désabonner de votre infolettre et retirer mon adresse de\ntoutes vos listes d'envoi. "
            "Merci de ne plus m'écrire.\n\nGilles\n")
    report = classify(mail("From: Gilles <gilles@firm.example>\nTo: bounces@shop.example\nSubject: Désabonnement\n"
                           f"{UTF8}", body))
    assert kind_and_reasons(report) == ("unsubscribe", [("gilles@firm.example", "unsubscribe")])


# ---- fifth batch ------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("body, reason", [
    # Japanese: the hold's condition (not approved within 7 days -> discarded) is no refusal yet
    ("以下のメールは、添付ファイルを含む社外からのメールのため保留されています。宛先部署の承認者が確認するまで配信されません。\n"
     "なお、7日以内に承認されずに経過した場合は、メールは自動的に破棄されます。\n\n宛先　: eva@firm.example\n", "on_hold"),
    # Korean: held for review, then turned down and deleted
    ("보낸 메일이 외부 대량 발송 정책에 따라 관리자 검토를 위해 보류되었습니다.\n검토 결과, 관리자가 해당 메일의 발송을 반려하였습니다. "
     "메일은 수신자에게 전달되지 않고 삭제되었습니다.\n\n받는 사람: eva@firm.example\n제목: 주말 한정 특가\n", "policy_violation"),
    # Chinese: stored for review, the review not passed, deleted
    ("您发送给 eva@firm.example 的邮件（主题: 双十二预热活动）因触发本单位外来邮件审核策略而被暂存，\n等待管理员审核。\n"
     "经管理员审核，该邮件审核未通过，已被删除，不会投递给收件人。\n", "policy_violation"),
])
def test_hold_outcomes_in_japanese_korean_and_chinese(body, reason):
    report = classify(mail("Return-Path: <>\nFrom: Mail Security <mailsec@firm.example>\nTo: bounces+eva=firm.example@shop.example\n"
                           f"Subject: 保留 / 보류 / 审核\nAuto-Submitted: auto-generated\n{UTF8}", body))
    kind, reasons = kind_and_reasons(report)
    assert kind in ("failed", "delayed") and reasons == [("eva@firm.example", reason)]


@pytest.mark.parametrize("body", [
    ("Un administrador ha revisado el mensaje y lo ha liberado de la cuarentena.\nEl mensaje se entregó correctamente al buzón de "
     "eva@firm.example el 12/11/2025.\n"),
    ("Il messaggio inviato a eva@firm.example era stato messo in quarantena dal filtro antispam.\n\nL'amministratore lo ha "
     "sbloccato e il messaggio è stato recapitato nella casella del\ndestinatario alle 10:22.\n"),
])
def test_releases_then_deliveries_in_spanish_and_italian_are_no_failure(body):
    report = classify(mail("From: Seguridad <cuarentena@firm.example>\nTo: bounces+eva=firm.example@shop.example\n"
                           f"Subject: Mensaje liberado / Messaggio rilasciato\n{UTF8}", body))
    assert report.kind != "failed"


@pytest.mark.parametrize("sender, subject, body", [
    ("Routeur <alertes@esp.example>", "Signalement de spam sur votre campagne",
     "Un de vos abonnés a signalé l'un de vos envois comme courrier indésirable depuis sa\nmessagerie.\n\n"
     "Abonné concerné : eva@firm.example\n"),
    ("InvioPro <abuse-report@esp.example>", "Reclamo per posta indesiderata",
     "ti informiamo che un destinatario ha contrassegnato come posta indesiderata un'email\ndella tua campagna.\n\n"
     "Indirizzo del destinatario: eva@firm.example\n"),
    ("Disparo <avisos@esp.example>", "Denúncia de spam na sua campanha",
     "Um contato marcou a sua campanha \"Semana do Cliente\" como spam na caixa de entrada dele.\n\nContato: eva@firm.example\n"),
    ("MailPost <meldingen@esp.example>", "Spamklacht ontvangen",
     "Een ontvanger heeft uw e-mail \"Sinterklaas-acties\" als spam gemarkeerd.\n\nOntvanger: eva@firm.example\n"),
])
def test_sending_services_complaints_in_french_italian_portuguese_and_dutch(sender, subject, body):
    report = classify(mail(f"From: {sender}\nTo: news@shop.example\nSubject: {subject}\n{UTF8}", body))
    assert kind_and_reasons(report) == ("complaint", [("eva@firm.example", "complaint")])


def test_an_italian_newsletter_that_explains_complaints_is_none():
    body = ("Nel numero di questo mese parliamo di reputazione del mittente.\n\nQuando un destinatario ha segnalato il tuo messaggio "
            "come spam, il suo provider lo comunica\na noi tramite il feedback loop.\n")
    report = classify(mail("From: PostaFacile <newsletter@esp.example>\nTo: news@shop.example\n"
                           f"Subject: Segnalazione spam: come evitarla (newsletter di novembre)\n{UTF8}", body))
    assert report.kind == "not_bounce"


@pytest.mark.parametrize("status, words, reason", [
    # the recipient's own block list, in Russian and Spanish
    ("5.7.1", "550 5.7.1 Адрес отправителя добавлен получателем в личный чёрный список.", "filtered"),
    ("5.7.1", "550 5.7.1 El remitente está en la lista de bloqueados del destinatario", "filtered"),
    # too many messages to addresses that do not exist: our IP held back, German
    ("4.7.0", "421 4.7.0 Ihre IP 192.0.2.25 wurde wegen zu vieler Nachrichten an nicht existierende Empfaenger "
              "voruebergehend gesperrt.", "blocked"),
    # a list or group that does not exist, German and French
    (None, "Die Gruppe \"vorstand\" existiert auf diesem Server nicht (mehr).", "user_unknown"),
    (None, "la liste « adherents » est inconnue sur le serveur de listes.", "user_unknown"),
])
def test_the_fifth_batch_of_causes(status, words, reason):
    assert decide(status=status, diagnostic=words, action="failed") == reason


def test_a_notice_of_the_reader_s_own_mailbox_quota_in_chinese_is_no_report():
    body = ("bounces@shop.example 您好：\n您的邮箱已使用 9.2GB，占总容量（10GB）的 92%。\n当邮箱容量用满后，新邮件将无法投递并退回给发件人。\n")
    report = classify(mail("From: 系统管理员 <postmaster@shop.example>\nTo: bounces@shop.example\n"
                           f"Subject: 邮箱容量提醒：您的邮箱空间即将用满\nAuto-Submitted: auto-generated\n{UTF8}", body))
    assert report.kind == "not_bounce"
