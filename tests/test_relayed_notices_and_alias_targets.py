"""Readings of the fortieth session: a filtering service's notice sent from its vendor's domain to our return path, holds and
delays in more words, Sendmail's entries of alias targets, an X.400 gateway's route note, and causes in more words (a mailbox
over its allowed size, an account's relay cap, a mailbox that takes only encrypted mail, a give-up in Russian, a give-up after
a server's own temporary failure).

Each case is a wording written for the rule it tests (none copied from a sample): what the words mean decides.
"""
from __future__ import annotations

import pytest

from filter import classify
from filter.core.classifier import decide
from shapes import UTF8, kind_and_reasons, mail, notice

VERP = "bounces+eva=firm.example@news.shop.example"


def _service_notice(display: str, subject: str, body: str, to: str = VERP, headers: str = ""):
    """A filtering service's own notice, sent from its vendor's domain (not the recipient's) to ``to``."""
    return classify(mail(f"From: {display} <do-not-reply@filter-vendor.example>\nTo: <{to}>\nSubject: {subject}\n"
                         f"Date: Wed, 18 Jun 2025 17:25:23 +0200\nMessage-ID: <n1@filter-vendor.example>\n"
                         f"Auto-Submitted: auto-generated\n{headers}{UTF8}", body))


GIVE_UP_ES = ("Este es un mensaje automático del servicio de filtrado.\n\nNo se ha podido entregar su mensaje a:\n"
              "    eva@firm.example\n\nEl servidor de correo del destinatario no ha respondido durante 5 días. Hemos dejado "
              "de intentarlo y el mensaje se ha descartado.\n\nÚltimo error: 451 4.4.2 Timeout while connecting to "
              "destination server\n")
DELAY_DE = ("Verzögerte Zustellung\n\nIhre Nachricht an eva@firm.example befindet sich noch in der Warteschlange des "
            "Dienstes. Der Zielserver des Empfängers ist nicht erreichbar: connection timed out.\n"
            "Weitere Zustellversuche erfolgen automatisch über bis zu 96 Stunden.\n")


# ---- a filtering service's notice to our return path, from its vendor's own domain -------------------------------
@pytest.mark.parametrize("display, subject, body, expected", [
    ("Sophos Email", "Entrega fallida: Rebajas", GIVE_UP_ES, ("failed", [("eva@firm.example", "expired")])),
    ("Barracuda Email Security Service", "Verzögert: Sommer-Sale", DELAY_DE, ("delayed", [("eva@firm.example", "network_error")])),
])
def test_a_filtering_service_s_notice_naming_the_address_our_return_path_encodes_is_a_report(display, subject, body, expected):
    assert kind_and_reasons(_service_notice(display, subject, body)) == expected


def test_a_vendor_notice_from_a_name_no_product_holds_is_not_read_as_a_report():
    # (the same words signed by a person's name: only a mail system or a filtering product relays such a notice)
    assert _service_notice("Maria Gómez", "Entrega fallida: Rebajas", GIVE_UP_ES).kind == "not_bounce"


def test_the_same_notice_to_an_address_that_is_not_our_return_path_is_not_read():
    assert _service_notice("Sophos Email", "Entrega fallida: Rebajas", GIVE_UP_ES, to="news@news.shop.example").kind \
        == "not_bounce"


# ---- holds awaiting a release, in more words --------------------------------------------------------------------
@pytest.mark.parametrize("words", [
    # Dutch: the recipient or the administrator can release it
    "Het bericht is door de gateway van de ontvanger tegengehouden en in quarantaine gezet. De ontvanger of beheerder kan "
    "het bericht vrijgeven.",
    # German: an administrator decides on its release
    "Ihre E-Mail wurde wegen Spam-Verdacht im Quarantäne-Ordner des Servers abgelegt. Ein Administrator entscheidet über "
    "die Freigabe.",
    # German: delivered if it is released by the administrator, or found clean when checked again
    "Ihre Nachricht wurde in die Quarantäne verschoben. Grund: wahrscheinlich Spam. Die Nachricht wird erneut geprüft und "
    "zugestellt, falls sie als sauber eingestuft oder vom Administrator freigegeben wird.",
    # Italian / Portuguese: the recipient can release the message
    "Il messaggio è stato messo in quarantena. Il destinatario può rilasciare il messaggio dal portale.",
    "A mensagem foi colocada em quarentena. O administrador pode liberar a mensagem a qualquer momento.",
])
def test_a_quarantine_awaiting_its_release_is_held(words):
    assert decide(status=None, diagnostic=words, action="failed") == "on_hold"


def test_a_release_word_without_a_quarantine_holds_nothing():
    # (no quarantine, no hold: a refusal whose text says the administrator can release other mail is still a refusal)
    assert decide(status="5.7.1", diagnostic="550 5.7.1 Message rejected as spam by Content Filtering. The administrator "
                  "decides on releases of quarantined mail only.", action="failed") == "spam_detected"


# ---- delays in more words ---------------------------------------------------------------------------------------
TURKISH_DELAY = ("Bu ileti posta teslim yazılımı tarafından otomatik olarak oluşturulmuştur.\n\nGönderdiğiniz bir ileti, "
                 "mta.shop.example üzerindeki kuyrukta 4 saattir beklemesine rağmen henüz alıcılarından birine teslim "
                 "edilemedi.\n\nHenüz teslim edilemeyen adres:\n  eva@firm.example\n    host mx.firm.example [192.0.2.10]\n"
                 "    Connection timed out\n\nHerhangi bir işlem yapmanız gerekmez. Teslim denemeleri bir süre devam edecektir.\n")


def test_a_turkish_warning_whose_attempts_go_on_is_a_delay():
    report = notice("Posta Teslim Sistemi <Mailer-Daemon@mta.shop.example>", "Uyarı: ileti 1tD6aa 4 saattir gecikmede",
                    TURKISH_DELAY, null=True)
    assert kind_and_reasons(report) == ("delayed", [("eva@firm.example", "network_error")])


MDAEMON_WARNING = ("The attached message has encountered temporary delivery errors.\nThe message will remain in the retry "
                   "queue and further delivery attempts\nwill be made.  This is only a warning - you do not need to resend.\n\n"
                   "--- Session Transcript ---\n Attempting SMTP connection to [192.0.2.5 : 25]\n"
                   " *  To: eva@firm.example\n Socket connection failed: Connection timed out (10060)\n--- End Transcript ---\n")


def test_a_warning_that_further_attempts_will_be_made_is_a_delay():
    report = notice("MDaemon at relay.firm.example <MDaemon@relay.firm.example>", "Warning: Temporary Delivery Failure",
                    MDAEMON_WARNING, null=True)
    assert kind_and_reasons(report) == ("delayed", [("eva@firm.example", "network_error")])


def test_no_further_attempts_is_a_give_up_not_a_delay():
    body = ("The attached message could not be delivered.\nNo further delivery attempts will be made.\n\n"
            "--- Session Transcript ---\n *  To: eva@firm.example\n Socket connection failed: Connection timed out (10060)\n")
    report = notice("MDaemon at relay.firm.example <MDaemon@relay.firm.example>", "Permanent Delivery Failure", body, null=True)
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "expired")])


# ---- Sendmail's entries of alias targets ------------------------------------------------------------------------
SENDMAIL_TARGETS = """From: Mail Delivery Subsystem <MAILER-DAEMON@mail.firm.example>
To: bounces@news.shop.example
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)

The original message was received at Mon, 22 Oct 2001 09:41:17 +0200
from out1.news.shop.example [192.0.2.30]

   ----- The following addresses had permanent fatal errors -----
eva
    (reason: 550 5.1.1 eva... User unknown)
    (expanded from: <eva@firm.example>)
"|/usr/local/bin/procmail -t"
    (reason: 554 5.3.0 unknown mailer error 69)
    (expanded from: <jon@firm.example>)
/var/spool/mail/info
    (reason: 552 5.2.2 /var/spool/mail/info... Mailbox full)
    (expanded from: <info@firm.example>)

   ----- Transcript of session follows -----
550 5.1.1 eva... User unknown
554 5.3.0 unknown mailer error 69
552 5.2.2 /var/spool/mail/info... Mailbox full
"""


def test_each_alias_target_s_reason_stands_above_the_address_it_was_expanded_from():
    report = classify(SENDMAIL_TARGETS.encode())
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "user_unknown"), ("jon@firm.example", "mailer_error"),
                                                   ("info@firm.example", "mailbox_full")])
    assert [x.status for x in report.recipients] == ["5.1.1", "5.3.0", "5.2.2"]
    # (none of them is an alias of another: each "(expanded from" line names its own entry's address)
    assert all(not getattr(x, "original_recipient", None) for x in report.recipients)


def test_an_address_with_its_alias_below_keeps_the_alias():
    body = ("   ----- The following addresses had permanent fatal errors -----\n<eva@mailhost.firm.example>\n"
            "    (reason: 550 5.1.1 <eva@mailhost.firm.example>... User unknown)\n    (expanded from: <eva@firm.example>)\n")
    report = notice("Mail Delivery Subsystem <MAILER-DAEMON@mail.firm.example>", "Returned mail: see transcript for details",
                    body)
    assert kind_and_reasons(report) == ("failed", [("eva@mailhost.firm.example", "user_unknown")])
    assert report.recipients[0].original_recipient == "eva@firm.example"


# ---- an X.400 gateway's route note ------------------------------------------------------------------------------
def test_a_gateway_s_conversion_to_rfc_822_is_a_step_of_the_route_not_a_violation():
    words = ("Message timed out * DR generated by: mta ppgw.firm.example * Converted to RFC 822 at ppgw.firm.example "
             "* FAILURE reason Transfer-Failure (0); diagnostic Maximum-Time-Expired (5);")
    assert decide(status=None, diagnostic=words, action="failed") == "expired"


def test_a_message_that_breaks_rfc_5322_is_still_not_compliant():
    assert decide(status="5.6.0", diagnostic="554 5.6.0 Message is not RFC 5322 compliant (bare LF)", action="failed") \
        == "not_compliant_rfc"


# ---- causes in more words ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("status, words, reason", [
    # a mailbox over the size it is allowed (German)
    (None, "Das Postfach des Empfängers hat die zulässige Größe überschritten.", "mailbox_full"),
    # an account's relay cap and an outgoing mail limit: ours, whatever 5.7.x code comes with it
    ("5.7.0", "550 5.7.0 You have exceeded the maximum number of relays per day for your account", "rate_limited"),
    (None, "Outgoing mail limit exceeded for domain news.shop.example: the limit of 100 messages per hour has been "
           "reached. The message was not sent.", "rate_limited"),
    # a mailbox that takes only encrypted mail
    ("5.7.1", "550 5.7.1 <eva@firm.example>: Recipient address rejected: The recipient only accepts TLS-encrypted mail",
     "failed_starttls"),
    # a give-up in Russian: the delivery's waiting time ran out, the attempts were stopped
    (None, "Причина: превышено время ожидания доставки. Сервер получателя не отвечал в течение 5 суток.", "expired"),
    (None, "Это сообщение является окончательным: попытки доставки прекращены.", "expired"),
])
def test_causes_in_more_words(status, words, reason):
    assert decide(status=status, diagnostic=words, action="failed") == reason


def test_a_limit_of_the_recipient_s_mailbox_is_no_sender_limit():
    assert decide(status="5.2.2", diagnostic="552 5.2.2 Mailbox size limit exceeded", action="failed") == "mailbox_full"


@pytest.mark.parametrize("words, reason", [
    # a remote server's own temporary failure, answered until our MTA gave up: expired
    ("451 Requested action aborted: local error in processing retry timeout exceeded", "expired"),
    # the reporting system's own failure, with no server's reply: its cause stays
    ("Unable to contact LDAP server. (#4.4.3) I'm not going to try again; this message has been in the queue too long.",
     "system_error"),
])
def test_a_give_up_after_a_temporary_system_failure(words, reason):
    assert decide(status=None, diagnostic=words, action="failed") == reason


# ---- the first batch's adversarial probe: the same meanings in more words and languages -------------------------
@pytest.mark.parametrize("words", [
    # Greek: put in quarantine, the recipient or the administrator may release it
    "Το μήνυμά σας τέθηκε σε καραντίνα. Ο παραλήπτης ή ο διαχειριστής μπορεί να αποδεσμεύσει το μήνυμα.",
    # Swedish: placed in quarantine, delivered if released
    "Ditt meddelande har placerats i karantän av vårt e-postfilter. Om meddelandet släpps levereras det automatiskt.",
    # Danish: in quarantine, awaiting an administrator's approval
    "Din meddelelse er sat i karantæne og afventer godkendelse af en administrator.",
    # Norwegian: held in quarantine until an administrator has looked at it
    "Meldingen din er holdt tilbake i karantene til en administrator har gjennomgått den.",
    # Hungarian: got into quarantine, the administrator may let it out
    "Az üzenete karanténba került. A rendszergazda kiengedheti az üzenetet a karanténból.",
    # English, the order turned round
    "Before your message can be delivered, an administrator has to approve its release. Until then it stays in quarantine.",
])
def test_a_quarantine_awaiting_its_release_in_more_languages_is_held(words):
    assert decide(status=None, diagnostic=words, action="delayed") == "on_hold"


@pytest.mark.parametrize("words", [
    "Ihre Nachricht wurde in Quarantäne gestellt. Grund: Schadsoftware erkannt (Trojan.PDF.Agent) im Anhang. Die Freigabe "
    "wurde vom Administrator abgelehnt. Die Nachricht wurde gelöscht. Ein Administrator entscheidet über die Freigabe nur "
    "bei Nachrichten ohne Schadsoftware.",
])
def test_a_release_refused_by_the_administrator_ends_the_hold(words):
    assert decide(status=None, diagnostic=words, action="failed") == "virus_detected"


@pytest.mark.parametrize("words, reason", [
    # a give-up: the queue's time ran out, no more attempts (Polish, Spanish, Turkish, Bulgarian)
    ("Nie udało się dostarczyć wiadomości. Upłynął maksymalny czas przechowywania wiadomości w kolejce (5 dni).", "expired"),
    ("No fue posible entregar su mensaje. No se realizarán más intentos de entrega.", "expired"),
    ("El mensaje permaneció en la cola durante 72 horas sin poder conectarse al servidor.", "expired"),
    ("Teslim denemeleri sona erdi; ileti 4 gün boyunca kuyrukta bekledi.", "expired"),
    ("Срокът за доставка изтече. Повече опити за доставка няма да бъдат правени.", "expired"),
    # the last attempt's words: the service stopped trying, the server timed out or did not answer
    ("Hemos dejado de intentarlo y el mensaje se ha descartado.", "expired"),
    ("Viimeisin virhe: yhteys palvelimeen mx2.firm.example aikakatkaistiin", "network_error"),
    ("Son hata: Alıcı sunucusuna bağlanılamadı (bağlantı zaman aşımı)", "network_error"),
    # hMailServer's give-up
    ("Connection to recipients server failed. The delivery attempt was made 6 times over 48 hours. The message has been "
     "deleted from the queue.", "expired"),
    # a sender's daily limit in Italian, a mailbox that takes only encrypted mail in Portuguese
    ("554 5.7.0 Superato limite invio giornaliero per utente", "rate_limited"),
    ("Superato il limite di invio giornaliero (relay) previsto per l'utenza news@shop.example.", "rate_limited"),
    ("O destinatário só aceita mensagens transmitidas por ligação cifrada (TLS).", "failed_starttls"),
    # Domino's mail file full, in German
    ("Die Datei der Maildatenbank ist voll (eva@firm.example).", "mailbox_full"),
])
def test_more_words_of_the_causes(words, reason):
    assert decide(status=None, diagnostic=words, action="failed") == reason


@pytest.mark.parametrize("words", ["451 4.4.2 Timeout while connecting to destination server",
                                   "Le serveur de destination n'a pas répondu.",
                                   "Error Description: Connection to recipients server failed."])
def test_a_server_never_reached_is_a_network_error_in_a_delay_and_a_give_up_in_a_final_report(words):
    assert decide(status=None, diagnostic=words, action="delayed") == "network_error"
    assert decide(status=None, diagnostic=words, action="failed") == "expired"


def test_a_limit_a_refusal_counts_towards_is_no_limit_reached():
    words = ("554 5.7.1 Message rejected as spam by content filter (score 14.2). Repeated rejections count towards your "
             "outgoing mail limit.")
    assert decide(status="5.7.1", diagnostic=words, action="failed") == "spam_detected"


def test_gmail_s_temporary_problem_names_the_remote_server_s_answer():
    words = ("There was a temporary problem delivering your message to eva@firm.example. Gmail will retry for 46 more hours. "
             "The response from the remote server was: The recipient server did not accept our requests to connect.")
    assert decide(status="4.4.1", diagnostic=words, action="delayed") == "network_error"


@pytest.mark.parametrize("body, kind", [
    ("Your message to eva@firm.example could not be delivered yet. Delivery attempts will continue for up to five days; "
     "you do not need to resend it.\nLast error: connection timed out\n", "delayed"),
    ("Turkish: eva@firm.example adresine gönderdiğiniz ileti henüz teslim edilemedi.\nSunucu iletiyi teslim etmeyi yeniden "
     "deneyecek; tekrar göndermenize gerek yoktur.\nSon hata: bağlantı zaman aşımı\n", "delayed"),
])
def test_delay_warnings_in_more_words(body, kind):
    report = notice("Mail Delivery System <MAILER-DAEMON@mta.shop.example>", "Delivery Status Notification (Delay)", body,
                    null=True)
    assert kind_and_reasons(report) == (kind, [("eva@firm.example", "network_error")])


def test_a_bulgarian_give_up_is_a_report():
    body = "Съобщението до eva@firm.example не можа да бъде доставено.\n\nСрокът за доставка изтече.\n"
    report = notice("Mail Delivery System <MAILER-DAEMON@mail.host.example>", "Неуспешна доставка", body, null=True)
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "expired")])


def test_a_filtering_service_s_unmarked_notice_is_read_by_its_product_name():
    body = ("La remise de votre message à eva@firm.example a été différée.\nLe serveur de destination n'a pas répondu. "
            "Le service continuera d'essayer de remettre le message pendant 48 heures.\n")
    report = classify(mail(f"From: Sophos Email <do-not-reply@filter-vendor.example>\nTo: <{VERP}>\nSubject: Remise différée\n"
                           f"Date: Wed, 20 Aug 2025 09:26:00 +0300\nMessage-ID: <n2@filter-vendor.example>\n{UTF8}", body))
    assert kind_and_reasons(report) == ("delayed", [("eva@firm.example", "network_error")])


# ---- Sendmail's targets: a role address, its own reason, a transcript for all ------------------------------------
def test_a_role_address_a_target_was_expanded_from_is_the_recipient():
    body = ("   ----- The following addresses had permanent fatal errors -----\n<nobody@firm.example>\n"
            "    (reason: 550 5.1.1 <nobody@firm.example>... User unknown)\n\"|/opt/otrs/bin/otrs.PostMaster.pl\"\n"
            "    (reason: 554 5.3.0 unknown mailer error 126)\n    (expanded from: <helpdesk@firm.example>)\n\n"
            "   ----- Transcript of session follows -----\n550 5.1.1 <nobody@firm.example>... User unknown\n"
            "sh: /opt/otrs/bin/otrs.PostMaster.pl: Permission denied\n")
    report = notice("Mail Delivery Subsystem <MAILER-DAEMON@mail.firm.example>", "Returned mail: see transcript for details",
                    body)
    assert kind_and_reasons(report) == ("failed", [("nobody@firm.example", "user_unknown"),
                                                   ("helpdesk@firm.example", "mailer_error")])


def test_a_target_s_own_coded_reason_is_not_read_with_the_transcript():
    # (the program's own complaint in the transcript, "cannot connect to database", is not the delivery's network)
    body = ("   ----- The following addresses had permanent fatal errors -----\n\"|/usr/local/bin/crm-import\"\n"
            "    (reason: 554 5.3.0 unknown mailer error 75)\n    (expanded from: <sales@firm.example>)\n\n"
            "   ----- Transcript of session follows -----\ncrm-import: cannot connect to database \"crm\": too many connections\n"
            "554 5.3.0 \"|/usr/local/bin/crm-import\"... unknown mailer error 75\n")
    report = notice("Mail Delivery Subsystem <MAILER-DAEMON@mail.firm.example>", "Returned mail: see transcript for details",
                    body)
    assert kind_and_reasons(report) == ("failed", [("sales@firm.example", "mailer_error")])


# ---- addresses in a report's table and reasons under a list ---------------------------------------------------------
TABLE = ('<html><body><table><tr><th>Empf&auml;nger</th><th>Status</th><th>Details</th></tr>'
         '<tr><td>olga@firm.example</td><td>Zugestellt</td><td>250 2.0.0 OK queued as 4Zx1</td></tr>'
         '<tr><td>peter.k@<br>firm.example</td><td>Fehlgeschlagen</td><td>550 5.1.1 Postfach existiert nicht</td></tr>'
         '<tr><td><a href="mailto:q.lee@firm.example">Q. Lee</a></td><td>Fehlgeschlagen</td>'
         '<td>552 5.3.4 Nachricht zu gro&szlig; (max. 10 MB)</td></tr></table></body></html>')


def test_a_table_s_rows_an_address_broken_after_its_at_and_one_behind_a_name():
    report = classify(mail("From: Zustellsystem <postmaster@firm.example>\nTo: bounces@news.shop.example\n"
                           "Subject: Zustellbericht\nAuto-Submitted: auto-generated\nMIME-Version: 1.0\n"
                           "Content-Type: text/html; charset=utf-8\n", TABLE))
    assert [(x.address, x.reason, x.action) for x in report.recipients] == [
        ("olga@firm.example", "delivered", "delivered"), ("peter.k@firm.example", "user_unknown", "failed"),
        ("q.lee@firm.example", "message_too_large", "failed")]


def test_an_address_broken_after_its_at_is_joined_and_nothing_else_is():
    from filter.core.address import repair

    assert repair("to peter.k@\nfirm.example failed") == "to peter.k@firm.example failed"
    assert repair("write to us@\nthe office") == "write to us@\nthe office"


def test_the_reasons_below_a_list_go_to_the_recipient_each_names():
    body = ("Ihre Nachricht\n  Betreff: Angebote\nkonnte nicht zugestellt werden an:\n  m.fischer@firm.example, n.wolf@firm.example\n"
            "Grund:\n  Die Datei der Maildatenbank ist voll (m.fischer@firm.example).\n"
            "  Der Benutzer n.wolf@firm.example ist im Domino-Verzeichnis nicht aufgeführt.\n")
    report = notice("Mail Router <postmaster@firm.example>", "Unzustellbar: Angebote", body)
    assert kind_and_reasons(report) == ("failed", [("m.fischer@firm.example", "mailbox_full"),
                                                   ("n.wolf@firm.example", "user_unknown")])


# ---- the second batch's probes: holds, gateways' notices, an Exchange delay's last error -------------------------
@pytest.mark.parametrize("words", [
    "The following message you sent was placed in the recipient's quarantine. It has not been rejected: the recipient or "
    "an administrator can deliver it from the quarantine.",
    "The message has been quarantined. The recipient's administrator may release the message. Until then it is not delivered.",
    "The following message has been placed in quarantine and has not been delivered. Messages in quarantine are deleted "
    "after 30 days unless released.",
    "Su correo electrónico fue puesto en cuarentena: el administrador del destinatario puede liberarlo.",
    # Lithuanian, Croatian, Thai, Malay
    "Jūsų laiškas buvo perkeltas į karantiną. Gavėjas arba administratorius gali išleisti laišką iš karantino.",
    "Poruka je stavljena u karantenu. Primatelj ili administrator može osloboditi poruku.",
    "ข้อความของคุณถูกกักกัน (quarantine) ไว้ ผู้รับหรือผู้ดูแลระบบสามารถปล่อยข้อความออกจากการกักกันได้",
    "Mesej anda telah dikuarantin oleh penapis e-mel kami. Jika dilepaskan, mesej akan dihantar kepada penerima.",
])
def test_more_quarantines_awaiting_their_release_are_held(words):
    assert decide(status=None, diagnostic=words, action="failed") == "on_hold"


def test_a_quarantined_message_found_infected_and_never_released_is_the_virus():
    words = ("Il messaggio era stato messo in quarantena in attesa di revisione. L'analisi successiva ha rilevato un virus "
             "(Troj/DocDl-AB) nell'allegato: il messaggio è stato rifiutato ed eliminato e non verrà rilasciato né consegnato.")
    assert decide(status=None, diagnostic=words, action="failed") == "virus_detected"


def test_a_quarantine_notice_to_our_return_path_naming_the_address_it_encodes_is_about_our_message():
    body = ("Diese Nachricht wurde vom Filterdienst in Quarantäne gestellt. / This message has been quarantined.\n\n"
            "Empfänger / Recipient: eva@firm.example\nBetreff / Subject: Spring Sale\n\n"
            "Der Empfänger kann die Nachricht im Control Panel freigeben. / The recipient can release the message.\n")
    report = classify(mail(f"From: Hornetsecurity <noreply@filter-vendor.example>\nTo: {VERP}\nSubject: Quarantine notification\n"
                           f"Date: Thu, 13 Mar 2025 09:34:46 -0500\nMessage-ID: <q1@filter-vendor.example>\n{UTF8}", body))
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "on_hold")])


def test_a_release_and_delivery_notice_of_the_recipient_s_own_quarantine_is_no_failure():
    body = ('Die Nachricht "June offers" wurde aus der Quarantäne freigegeben und am Sun, 06 Dec 2026 05:26:25 -0000 an '
            'eva@firm.example zugestellt.\n')
    report = classify(mail(f"From: Quarantäne-Dienst <postmaster@firm.example>\nTo: <{VERP}>\n"
                           f"Subject: Nachricht freigegeben und zugestellt\nMessage-ID: <r1@firm.example>\n{UTF8}", body))
    assert report.kind != "failed"


EXCHANGE_DELAY = """From: postmaster@firm.example
To: bounces@news.shop.example
Subject: Zustellung verzögert: June offers
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b1"

--b1
Content-Type: text/plain; charset=utf-8

Die Zustellung an diese Empfänger oder Gruppen ist verzögert:

eva@firm.example

Diagnoseinformationen für Administratoren:
eva@firm.example
Remoteserver hat '400 4.4.7 Message delayed' zurückgegeben.
LED=450 4.4.316 Connection refused [Message=Socket error code 10061] [LastAttemptedServerName=mx.firm.example]

--b1
Content-Type: message/delivery-status

Reporting-MTA: dns; FR3P281MB2345.prod.outlook.com

Final-Recipient: rfc822; eva@firm.example
Action: delayed
Status: 4.4.7
Diagnostic-Code: smtp; 400 4.4.7 Message delayed

--b1--
"""


def test_an_exchange_delay_s_last_error_given_as_its_trace_field_is_the_cause():
    report = classify(EXCHANGE_DELAY.encode())
    assert kind_and_reasons(report) == ("delayed", [("eva@firm.example", "network_error")])
    assert report.recipients[0].status == "4.4.316"


@pytest.mark.parametrize("sender, kind", [("Mail Delivery Subsystem <mailer-daemon@smtp.host.example>", "failed"),
                                          ("Ana Lima <ana@host.example>", "auto_reply")])
def test_mailer_daemon_marked_auto_replied_is_no_one_s_auto_responder(sender, kind):
    body = ("Sua mensagem para eva@firm.example não foi enviada.\n\nVocê atingiu o número máximo de mensagens que podem ser "
            "enviadas por hora a partir desta conta.\n")
    report = classify(mail(f"From: {sender}\nTo: bounces@news.shop.example\nSubject: Mensagem não enviada\n"
                           f"Auto-Submitted: auto-replied\n{UTF8}", body))
    assert report.kind == kind
    if kind == "failed":
        assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "rate_limited")])


@pytest.mark.parametrize("words, reason", [
    ("Vypršela doba pro doručení zprávy (5 dní). Další pokusy o doručení nebudou provedeny.", "expired"),
    ("재전송 기간(72시간)이 만료되어 전송을 포기했습니다.", "expired"),
    ("Nothing got through, so we've stopped trying. We won't make any further attempts.", "expired"),
    ("Presežena je dnevna omejitev pošiljanja za ta račun.", "rate_limited"),
    ("บัญชีของคุณส่งอีเมลเกินขีดจำกัดรายวันแล้ว", "rate_limited"),
    ("Póstþjónn viðtakandans tekur aðeins við dulkóðuðum pósti (TLS).", "failed_starttls"),
    ("Primatelj prima isključivo poštu šifriranu TLS-om.", "failed_starttls"),
])
def test_still_more_words_of_the_causes(words, reason):
    assert decide(status=None, diagnostic=words, action="failed") == reason


@pytest.mark.parametrize("words, reason", [
    # a TCP connection nobody accepted, the host with its address and port: no server answered to refuse us
    ("Connection refused by mx.firm.example[192.0.2.45]:25", "network_error"),
    # a server's own refusal of our connection, its cause named
    ("Connection refused by mx.firm.example: your IP is listed at a DNSBL", "blocked"),
])
def test_connection_refused_by_a_host_is_no_block_unless_a_server_says_so(words, reason):
    assert decide(status="5.4.1" if reason == "network_error" else "5.7.1", diagnostic=words, action="failed") == reason


# ---- the third batch's probes -----------------------------------------------------------------------------------
def test_a_recipient_rejected_by_the_server_is_not_the_recipient_s_own_filter():
    words = ("以下の受取人は相手のメールサーバに拒否されました。 受取人: <kimura@isp.example.jp> 原因: <kimura@isp.example.jp> "
             "のユーザーは登録されていません")
    assert decide(status=None, diagnostic=words, action="failed") == "user_unknown"


def test_the_recipient_who_refuses_us_is_still_filtered():
    assert decide(status=None, diagnostic="受信者が当該ドメインからのメールを拒否しています", action="failed") == "filtered"


@pytest.mark.parametrize("words, reason", [
    # the connection to the server's address refused, then said again in English: no block of our IP
    ("Délai : connexion au serveur mail.firm.example [192.0.2.90] refusée (Connection refused)", "network_error"),
    # our IP named and refused
    ("Votre adresse 192.0.2.90 refusée par notre politique anti-spam", "blocked"),
])
def test_an_ip_refused_is_ours_unless_the_connection_to_it_was(words, reason):
    assert decide(status="4.0.0" if reason == "network_error" else "5.7.1", diagnostic=words,
                  action="delayed" if reason == "network_error" else "failed") == reason


def test_a_dutch_request_with_the_separable_verb_s_infinitive():
    from shapes import readers_reply

    report = readers_reply("Goedendag,\n\nGelieve mij uit te schrijven uit uw nieuwsbrief. Ik heb dit al twee keer gevraagd.\n\n"
                           "Met vriendelijke groet,\nLieve\n", sender="Lieve Martens <lieve@firm.example>",
                           subject="Re: Uw voordelen van deze week")
    assert kind_and_reasons(report) == ("unsubscribe", [("lieve@firm.example", "unsubscribe")])


@pytest.mark.parametrize("status, words", [
    ("5.7.1", "554 5.7.1 Message rejected due to content filter policy: outbound_campaign_block"),
    ("5.7.1", "550 5.7.1 Message rejected: message violates data security policy"),
    (None, "The message you sent to eva@firm.example was blocked by the Threat Protection service because it violated the "
           "recipient organization's content policy (Prohibited attachment type: .html)."),
])
def test_a_site_s_named_policy_the_message_broke_is_the_cause(status, words):
    assert decide(status=status, diagnostic=words, action="failed") == "policy_violation"


def test_blocked_by_a_service_with_no_rule_named_stays_a_block():
    assert decide(status="5.7.1", diagnostic="Your message was blocked by Threat Protection Service.", action="failed") \
        == "blocked"


def test_an_unmonitored_box_s_answer_set_up_on_mailer_daemon_stays_an_auto_reply():
    body = ("Sehr geehrte Damen und Herren,\n\ndieses Postfach wird nicht überwacht. Nachrichten an diese Adresse werden "
            "automatisch gelöscht. Bitte wenden Sie sich an kundenservice@firm.example.\n\nIhre Nachricht wurde zugestellt, "
            "aber nicht gelesen.\n")
    report = classify(mail("From: MAILER-DAEMON <mailer-daemon@firm.example>\nTo: bounces@news.shop.example\n"
                           f"Subject: Automatische Antwort: June offers\nAuto-Submitted: auto-replied\n{UTF8}", body))
    assert report.kind == "auto_reply"


def test_an_encryption_gateway_s_notice_of_a_message_passed_on_is_no_failure():
    body = ("Your message to eva@firm.example\ncontained content matching our data protection policy (Category: Customer "
            "Financial Data).\nIn accordance with this policy the message was encrypted before being passed to the "
            "recipient.\n\nYou do not need to take any action.\n")
    report = classify(mail(f"From: Secure Messaging <dlp-notify@firm.example>\nTo: {VERP}\nSubject: Notice: message encrypted "
                           f"by policy\nAuto-Submitted: auto-generated\n{UTF8}", body))
    assert report.kind not in ("failed", "delayed")


# ---- a plain-text alternative that says less than its HTML twin --------------------------------------------------
def _alternative(plain: str, html: str) -> bytes:
    return mail("From: Mail Delivery System <MAILER-DAEMON@relay.firm.example>\nTo: bounces@news.shop.example\n"
                "Subject: Unzustellbar / Undeliverable\nMIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=\"a\"\n",
                f"--a\nContent-Type: text/plain; charset=utf-8\n\n{plain}\n--a\nContent-Type: text/html; charset=utf-8\n\n{html}\n--a--\n")


HTML_CAUSE = ("<html><body><p>Ihre Nachricht an <b>eva@firm.example</b> konnte nicht zugestellt werden.</p><p>Remote server "
              "said: <code>554 5.7.1 Service unavailable; Client host [198.51.100.23] blocked using b.barracudacentral.org"
              "</code></p></body></html>")


@pytest.mark.parametrize("plain", [
    "Ihre Nachricht konnte nicht zugestellt werden. / Your message could not be delivered.\nDetails in der HTML-Ansicht.\n",
    "   \n",
    # the address alone, the server's answer only in the HTML
    "Delivery has failed to these recipients:\n\neva@firm.example\n",
])
def test_the_html_twin_is_read_where_the_plain_text_says_less(plain):
    assert kind_and_reasons(classify(_alternative(plain, HTML_CAUSE))) == ("failed", [("eva@firm.example", "blocked")])


def test_a_plain_text_alternative_that_says_it_all_is_read_as_before():
    plain = "Delivery to eva@firm.example failed: 550 5.1.1 <eva@firm.example>: Recipient address rejected: User unknown\n"
    html = ("<html><body><p>Delivery to eva@firm.example failed: 550 5.1.1 User unknown</p><p>Our company footer, our "
            "privacy statement and our address in three languages, long enough to be much longer than the plain text "
            "itself.</p></body></html>")
    assert kind_and_reasons(classify(_alternative(plain, html))) == ("failed", [("eva@firm.example", "user_unknown")])


@pytest.mark.parametrize("body, kind", [
    ("Sehr geehrte Damen und Herren,\n\nbitte kündigen Sie meinen Newsletter \"Kurier am Morgen\". Die Zeitung selbst möchte "
     "ich weiter beziehen.\n\nMit freundlichen Grüßen\nW. Baum\n", "unsubscribe"),
    # (the paper's subscription cancelled is no request about our mail)
    ("Sehr geehrte Damen und Herren,\n\nbitte kündigen Sie mein Abo zum Monatsende.\n\nMit freundlichen Grüßen\nW. Baum\n",
     "not_bounce"),
])
def test_a_german_reader_who_cancels_the_newsletter_asks_to_unsubscribe(body, kind):
    from shapes import readers_reply

    assert readers_reply(body, sender="W. Baum <w.baum@firm.example>", subject="Re: Kurier am Morgen").kind == kind


@pytest.mark.parametrize("words", [
    "Результат проверки: invoice_2024-10.zip/invoice.js - заражен JS.DownLoader.1225. Действие: письмо отклонено (reject)",
    "В отправленном вами письме обнаружена вредоносная программа. Письмо не доставлено получателю.",
])
def test_a_russian_scan_s_finding_of_malware_is_the_virus(words):
    assert decide(status=None, diagnostic=words, action="failed") == "virus_detected"


def test_a_person_s_short_plain_reply_is_read_whatever_its_html_signature_adds():
    html = ("<html><body><p>Graag uitschrijven, dank u.</p><p>Pieter Jansen</p><table><tr><td>Inkoop algemeen: "
            "<a href=\"mailto:inkoop@firm.example\">inkoop@firm.example</a><br>Bij afwezigheid: "
            "<a href=\"mailto:m.devries@firm.example\">m.devries@firm.example</a></td></tr></table></body></html>")
    raw = mail("From: Pieter Jansen <p.jansen@firm.example>\nTo: news@news.shop.example\nSubject: RE: nieuwsbrief mei\n"
               "MIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=\"a\"\n",
               f"--a\nContent-Type: text/plain; charset=utf-8\n\nGraag uitschrijven, dank u.\n\nPieter Jansen\n"
               f"--a\nContent-Type: text/html; charset=utf-8\n\n{html}\n--a--\n")
    assert kind_and_reasons(classify(raw)) == ("unsubscribe", [("p.jansen@firm.example", "unsubscribe")])


@pytest.mark.parametrize("words, reason", [
    # a data-loss-prevention rule that blocked the message, in German
    ("Die Nachricht an eva@firm.example wurde aufgrund einer Richtlinie zum Schutz vor Datenverlust blockiert und nicht "
     "zugestellt.", "policy_violation"),
    # ... and one that holds it for a compliance review (Spanish, English)
    ("El mensaje ha sido retenido por la política de prevención de pérdida de datos (DLP) y está pendiente de revisión por "
     "el equipo de cumplimiento. Si se aprueba, se entregará al destinatario.", "on_hold"),
    ("Your message matched a data loss prevention rule and is waiting for approval by a compliance reviewer before it can "
     "be delivered.", "on_hold"),
    # Afrikaans: the recipient's mailbox does not exist
    ("U boodskap kon nie afgelewer word nie. Die ontvanger se posbus bestaan nie.", "user_unknown"),
])
def test_dlp_blocks_and_holds_and_an_afrikaans_unknown_mailbox(words, reason):
    assert decide(status=None, diagnostic=words, action="failed") == reason


# ---- reports listing several recipients, each with its own outcome -------------------------------------------------
def _listing(body: str, html: bool = False):
    ctype = "text/html" if html else "text/plain"
    return classify(mail("From: Mail Delivery System <MAILER-DAEMON@mail.firm.example>\nTo: bounces@news.shop.example\n"
                         f"Subject: Delivery report\nMIME-Version: 1.0\nContent-Type: {ctype}; charset=utf-8\n", body))


def test_a_box_drawn_table_s_rows_and_a_success_said_below_it():
    body = ("お客様が送信されたメールは、以下の宛先に配送できませんでした。\n\n"
            "┌────────────────┬────────────────────────┐\n│ 宛先           │ 理由                   │\n"
            "├────────────────┼────────────────────────┤\n"
            "│ tanaka@firm.example     │ 宛先のメールアドレスが存在しません (550 5.1.1) │\n"
            "│ suzuki@firm.example     │ 受信者のメールボックス容量が超過しています (552 5.2.2) │\n"
            "└────────────────┴────────────────────────┘\n\nなお、yamada@firm.example 宛のメールは正常に配送されました。\n")
    report = _listing(body)
    assert [(x.address, x.reason) for x in report.recipients] == [
        ("tanaka@firm.example", "user_unknown"), ("suzuki@firm.example", "mailbox_full"),
        ("yamada@firm.example", "delivered")]


def test_an_html_table_s_status_cells_say_each_recipient_s_outcome():
    body = ("<html><body><h3>Your message couldn't be delivered to some recipients</h3><table>"
            "<tr><th>Recipient</th><th>Status</th><th>Reason</th></tr>"
            "<tr><td>f.moreau@firm.example</td><td>Rejected</td><td>Recipient address rejected: Unknown user (550 5.1.1)</td></tr>"
            "<tr><td>l.petit@firm.example</td><td>Held</td><td>Message held for administrator review (attachment policy)</td></tr>"
            "<tr><td>w.brooks@firm.example</td><td>Undeliverable</td><td>6/4/2024 2:00 PM</td><td>User not found</td></tr>"
            "<tr><td>rh@firm.example</td><td>Delivered</td><td>6/4/2024 2:00 PM</td><td></td></tr></table></body></html>")
    report = _listing(body, html=True)
    assert [(x.address, x.reason) for x in report.recipients] == [
        ("f.moreau@firm.example", "user_unknown"), ("l.petit@firm.example", "on_hold"),
        ("w.brooks@firm.example", "user_unknown"), ("rh@firm.example", "delivered")]


def test_a_localized_success_heading_over_its_list():
    body = ("Die angehängte Nachricht konnte nicht zugestellt werden.\n\nDie folgenden Empfänger sind ungültig:\n\n"
            "   otto@firm.example  -  ist kein gültiges Postfach (unknown user)\n\n"
            "Die Nachricht wurde erfolgreich zugestellt an:\n\n   chef@firm.example\n")
    report = _listing(body)
    assert [(x.address, x.reason) for x in report.recipients] == [("otto@firm.example", "user_unknown"),
                                                                   ("chef@firm.example", "delivered")]


def test_an_address_with_its_reason_in_the_next_column_but_no_code_stays_out_of_a_sentence():
    # (an address then two blanks and prose with no server's answer: not a table's row)
    body = "Your message to eva@firm.example could not be delivered.\n\nQuestions? write to help@firm.example  any time.\n"
    report = notice("Mail Delivery System <MAILER-DAEMON@mail.firm.example>", "Undeliverable", body)
    assert [x.address for x in report.recipients] == ["eva@firm.example"]


def test_a_recipient_s_mailbox_suspended_for_its_own_sending_limit_is_suspended():
    words = ("550 5.2.1 La casella del destinatario è stata sospesa dal provider per aver superato il limite di invio "
             "giornaliero (attività sospetta). La casella non riceve posta finché non verrà riattivata.")
    assert decide(status="5.2.1", diagnostic=words, action="failed") == "suspended"


def test_a_person_s_note_whose_html_twin_carries_a_forwarded_report_stays_a_note():
    plain = ("Hola equipo,\n\nos reenvío el rechazo que recibí al escribir a mi compañero, por si el problema es vuestro "
             "servidor de newsletter.\n\nSaludos,\nMarta\n")
    html = ("<html><body><p>Hola equipo,</p><p>os reenvío el rechazo que recibí al escribir a mi compañero.</p><hr>"
            "<p><b>De:</b> Microsoft Outlook &lt;postmaster@firm.example&gt;</p><table><tr><td>Destinatario</td><td>Estado</td>"
            "<td>Motivo</td></tr><tr><td>jorge@firm.example</td><td>Rechazado</td><td>550 5.1.1 RESOLVER.ADR.RecipNotFound; "
            "not found</td></tr></table></body></html>")
    raw = mail("From: Marta Gil <marta@firm.example>\nTo: news@news.shop.example\nSubject: RV: No se puede entregar: reunión\n"
               "MIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=\"a\"\n",
               f"--a\nContent-Type: text/plain; charset=utf-8\n\n{plain}\n--a\nContent-Type: text/html; charset=utf-8\n\n{html}\n--a--\n")
    assert classify(raw).kind == "not_bounce"


def test_a_box_drawn_row_whose_reason_wraps_to_the_next_row_keeps_its_own_reason():
    body = ("Ihre Nachricht wurde wie folgt verarbeitet:\n\n"
            "┌───────────────────────┬────────────────┬──────────────────────────────────┐\n"
            "│ Empfänger             │ Status         │ Grund                            │\n"
            "├───────────────────────┼────────────────┼──────────────────────────────────┤\n"
            "│ m.schulz@firm.example │ Zurückgewiesen │ Postfach existiert nicht (550 5.1.1) │\n"
            "│ k.yilmaz@firm.example │ Zurückgewiesen │ Postfach voll, Speicherplatz überschritten │\n"
            "│                       │                │ (552 5.2.2)                      │\n"
            "│ einkauf@firm.example  │ Zugestellt     │ 250 2.0.0 Ok: queued as 4VfK2x0mZ1 │\n"
            "└───────────────────────┴────────────────┴──────────────────────────────────┘\n")
    report = _listing(body)
    assert [(x.address, x.reason) for x in report.recipients] == [
        ("m.schulz@firm.example", "user_unknown"), ("k.yilmaz@firm.example", "mailbox_full"),
        ("einkauf@firm.example", "delivered")]
