"""Readings of the forty-ninth session: the texts French-speaking administrators write (a mailbox "fermée définitivement", a
"boîte de courriel inexistante", a sender's domain "interdit sur ce serveur"), the final reports of an MTA that retried until
its queue lifetime ran out, success notices, and challenges that only ask a person to prove it is one.

Each case is a wording written for the rule it tests (none copied from a sample): what the words mean decides.
"""
from __future__ import annotations

import pytest

from filter import classify
from filter.core.classifier import decide
from shapes import NULL, UTF8, VERP, kind_and_reasons, mail, system_notice


# ---- French administrators' own words -----------------------------------------------------------------------------------
@pytest.mark.parametrize("words", [
    "550 Boite aux lettres fermee definitivement (depart de l'agent).",
    "550 La boîte aux lettres du destinataire a été fermée définitivement.",
    "550 Buzón cerrado definitivamente por baja del empleado.",
    "550 Casella chiusa definitivamente.",
    "550 Caixa postal fechada definitivamente.",
])
def test_a_mailbox_closed_for_good_is_user_unknown(words):
    # (as English "mailbox closed permanently": closed for good is a mailbox that no longer exists)
    assert decide(status=None, diagnostic=words, action="failed") == "user_unknown"


def test_a_mailbox_closed_for_the_holidays_stays_no_missing_mailbox():
    assert decide(status=None, diagnostic="550 Boîte fermée pour congés jusqu'au 2 septembre.", action="failed") != "user_unknown"


@pytest.mark.parametrize("words", [
    "550 Boîte de courriel inexistante.",
    "550 Boite courriel inconnue sur ce serveur",
    "550 Boîte de messagerie introuvable",
])
def test_a_mailbox_named_by_quebecs_word_for_email_that_does_not_exist_is_user_unknown(words):
    assert decide(status=None, diagnostic=words, action="failed") == "user_unknown"


@pytest.mark.parametrize("words", [
    "550 5.7.1 Domaine expediteur shop.example interdit sur ce serveur - contactez l'administrateur",
    "554 Le domaine de l'expéditeur est refusé par notre politique de messagerie",
    "550 Domaine émetteur bloqué",
])
def test_our_sending_domain_forbidden_is_rejected_never_the_recipient(words):
    assert decide(status="5.7.1", diagnostic=words, action="failed") == "rejected"


@pytest.mark.parametrize("words", [
    "550 5.7.1 Les envois commerciaux en nombre ne sont pas acceptes par cette administration (politique de messagerie)",
    "550 Les envois groupés ne sont pas autorisés sur ce domaine",
])
def test_bulk_commercial_sendings_refused_by_the_organisation_are_its_policy(words):
    assert decide(status="5.7.1", diagnostic=words, action="failed") == "policy_violation"


@pytest.mark.parametrize("words", [
    "Motivo: error temporal al resolver el nombre DNS del servidor de destino. Se volverá a intentar.",
    "451 4.4.3 Errore temporaneo nella risoluzione DNS del dominio, riprovare più tardi",
    "Houve uma falha temporária na consulta DNS do domínio firm.example. Novas tentativas serão feitas.",
    "Syy: Tilapäinen DNS-virhe nimeä firm.example selvitettäessä. Yritämme uudelleen.",
])
def test_a_temporary_dns_error_in_other_languages_is_a_network_error(words):
    assert decide(status="4.4.3", diagnostic=words, action="delayed") == "network_error"


def test_a_temporary_dns_lookup_error_is_a_network_error_not_the_systems():
    words = "Erreur temporaire de recherche DNS pour le domaine hotel.example (SERVFAIL). De nouvelles tentatives seront faites."
    assert decide(status=None, diagnostic=words, action="delayed") == "network_error"
    assert decide(status=None, diagnostic="451 Erreur temporaire du serveur, réessayez plus tard", action="delayed") \
        == "system_error"


# ---- an MTA that retried until its queue lifetime ran out ----------------------------------------------------------------
@pytest.mark.parametrize("words", [
    "Votre message n'a pas pu être remis dans le délai imparti (5 jours) et a été abandonné.",
    "O tempo limite de entrega (5 dias) expirou.",
    "El tiempo límite de entrega (5 días) expiró sin poder entregar el mensaje.",
    "Message exceeded retry period (max 5 days)",
])
def test_words_that_the_time_allowed_ran_out_say_it_expired(words):
    assert decide(status=None, diagnostic=words, action="failed") == "expired"


def test_a_temporary_answer_kept_up_until_the_time_allowed_ran_out_is_expired():
    # (XMail's report: the last answer, a rate limit, was temporary; the sending MTA gave up)
    # (its words above the answer, the record's context)
    said = "421 mx.firm.example Too many concurrent connections from your IP, try later"
    assert decide(status=None, diagnostic=said, action="failed",
                  context="The reason of the delivery failure was: Message exceeded retry period (max 5 days) - last attempt:") \
        == "expired"
    assert decide(status=None, diagnostic=said, action="delayed") == "rate_limited"


def _postfix_final(status: str, diagnostic: str, reply: str = "") -> bytes:
    return mail(f"{NULL}From: MAILER-DAEMON@mail.shop.example (Mail Delivery System)\nTo: {VERP}\n"
                "Subject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\n"
                'Content-Type: multipart/report; report-type=delivery-status; boundary="b"\n',
                "--b\nContent-Type: text/plain\n\nI'm sorry to have to inform you that your message could not\n"
                f"be delivered to one or more recipients.\n\n<eva@firm.example>: {reply or diagnostic}\n\n"
                "--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mail.shop.example\n"
                "Arrival-Date: Mon, 1 Jun 2026 08:00:00 +0000\n\nFinal-Recipient: rfc822; eva@firm.example\n"
                f"Action: failed\nStatus: {status}\nDiagnostic-Code: X-Postfix; {diagnostic}\n\n--b--\n")


def test_a_final_report_that_repeats_a_full_mailbox_keeps_the_cause():
    # (the reply's words name a cause the sender can act on: the report only repeats it)
    raw = _postfix_final("4.2.2", "smtp; 452 4.2.2 Mailbox full: eva@firm.example")
    assert kind_and_reasons(classify(raw)) == ("failed", [("eva@firm.example", "mailbox_full")])


def test_a_vague_temporary_answer_kept_up_for_days_is_expired():
    body = ("Die Nachricht konnte nach 5 Tagen nicht zugestellt werden und wurde aus der Warteschlange entfernt.\n\n"
            "Empfänger: eva@firm.example\n\nLetzte Antwort des Servers: 450 4.2.1 Mailbox temporarily unavailable, try "
            "again later\n")
    report = system_notice("MDaemon@mail.shop.example", "Permanent Delivery Failure", body)
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "expired")])


def test_the_same_vague_answer_without_words_that_the_mta_gave_up_stays_its_reading():
    body = "Empfänger: eva@firm.example\n\nAntwort des Servers: 450 4.2.1 Mailbox temporarily unavailable, try again later\n"
    report = system_notice("MDaemon@mail.shop.example", "Permanent Delivery Failure", body)
    assert kind_and_reasons(report)[1][0][1] != "expired"


# ---- a gateway's notice with our message's header below it --------------------------------------------------------------
def test_the_cause_line_of_a_gateways_notice_is_read_and_our_messages_header_is_not():
    body = ("Bonjour,\n\nLe message que vous avez envoyé à eva@firm.example a été refusé par notre passerelle antivirus.\n\n"
            "Motif : Virus détecté : Win.Trojan.Agent-1234 (pièce jointe facture.zip)\n"
            "Code : 554 5.7.0 Rejet pour raison de sécurité\n\nLe message n'a pas été remis.\n\n-- \nService informatique\n\n\n"
            "Return-Path: <bounces+eva=firm.example@mail.shop.example>\nReceived: from mta3.mail.shop.example by "
            "mail.shop.example; Sat, 30 Mar 2024 08:00:00 +0100\nDKIM-Signature: v=1; a=rsa-sha256; d=mail.shop.example; "
            "s=s1; h=from:to:subject; bh=Zm9v; b=QkFS\nFrom: Shop <news@mail.shop.example>\nTo: eva@firm.example\n"
            "Subject: Nos offres\n")
    report = system_notice("Passerelle antivirus <postmaster@firm.example>", "Message refusé", body)
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "virus_detected")])
    assert "DKIM-Signature" not in report.recipients[0].diagnostic


# ---- notices that only look like failures ---------------------------------------------------------------------------------
def test_a_notice_that_the_message_was_delivered_to_these_recipients_is_a_success():
    raw = mail(f"{NULL}From: Mailer-Daemon <MAILER-DAEMON@smtp.firm.example>\nTo: {VERP}\n"
               f"Subject: Delivery status notification: success\n{UTF8}",
               "This is the MAILER-DAEMON, please DO NOT REPLY to this email.\n\n"
               "Your message was successfully delivered to these recipients:\n\n"
               "eva@firm.example: 250 2.0.0 Message accepted for delivery\n")
    assert classify(raw).kind == "delivered"


def test_a_challenge_that_asks_to_prove_one_is_a_person_is_a_challenge():
    raw = mail(f"Return-Path: <verificacion@antispam.example>\nFrom: \"Verificacion de remitente\" <verificacion@antispam.example>\n"
               f"To: {VERP}\n"
               f"Subject: Verificación de remitente requerida\nAuto-Submitted: auto-replied\n{UTF8}",
               "Hola,\n\nSu mensaje para eva@firm.example está pendiente de verificación. Para que sea entregado, demuestre "
               "que es una persona escribiendo el código 4817 en la siguiente página:\n\nhttps://antispam.example/v/71882\n\n"
               "Si no verifica en 7 días, el mensaje será eliminado.\n")
    assert kind_and_reasons(classify(raw)) == ("challenge", [("eva@firm.example", "challenge")])


def test_a_challenge_vendors_greeting_to_our_sender_names_no_recipient_of_ours():
    raw = mail(f"Return-Path: <notify@boxbe.example>\nFrom: Eva Berg <notify@boxbe.example>\nTo: {VERP}\n"
               f"Subject: Request to join Eva Berg's Guest List\n{UTF8}",
               "Hello news@mail.shop.example,\n\nYour message about \"Spring edit\" was waitlisted.\n\n"
               "Please add yourself to my Guest List so your messages will be delivered to my Inbox.\n\n"
               "https://www.boxbe.example/anno?tc=882112\n\nThank you,\neva@firm.example\n\nPowered by Boxbe\n")
    assert kind_and_reasons(classify(raw)) == ("challenge", [("eva@firm.example", "challenge")])


# ---- refusals in many languages ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("words,reason", [
    ("553 5.7.1 <news@shop.example>: Odosielateľ je zablokovaný správcom - pošta z tejto adresy sa neprijíma", "rejected"),
    ("550 5.7.1 Odesílatel je zablokován administrátorem.", "rejected"),
    ("550 5.7.1 Nu este permis relay-ul prin acest server (relay interzis)", "no_relaying"),
    ("550 5.7.1 Relay interzis pentru adresa dumneavoastră", "no_relaying"),
    ("550 5.7.0 Ați depășit limita de mesaje pe oră pentru acest server. Reveniți mai târziu.", "rate_limited"),
    ("550 5.7.1 Kirja sisu tunnistati rämpspostiks. Kiri tagasi lükatud.", "spam_detected"),
    ("550 5.7.1 Wiadomość odrzucona przez filtr użytkownika (nadawca na liście zablokowanych odbiorcy)", "filtered"),
    ("550 5.7.1 Wiadomosc odrzucona przez filtr uzytkownika", "filtered"),
    # (the adversarial rounds' other words, and Italian and Iberian administrators')
    ("554 5.7.1 Afzenderdomein geweigerd door beheerder", "rejected"),
    ("550 5.7.1 Powód: nadawca news@mail.shop.example został zablokowany przez administratora", "rejected"),
    ("550 5.7.1 Serienmail/Werbung gemaess Richtlinie abgelehnt", "policy_violation"),
    ("554 5.7.1 Retransmiterea mesajelor este interzisa pentru clientii neautentificati", "no_relaying"),
    ("550 5.7.1 Vom Empfaenger per persoenlicher Filterregel abgelehnt", "filtered"),
    ("550 5.7.1 Casella di Posta Elettronica Certificata: sono accettati esclusivamente messaggi PEC. Messaggio di posta "
     "ordinaria rifiutato.", "policy_violation"),
    ("554 5.7.1 Relay no permès: aquest servidor no accepta correu per a aquest domini", "no_relaying"),
    ("554 5.7.1 Messaggio bloccato: IP mittente con cattiva reputazione.", "bad_reputation"),
    ("550 5.7.1 Rechazado: IP del remitente con mala reputación", "bad_reputation"),
    ("550 5.7.1 Avsändardomän spärrad av administratör", "rejected"),
    ("550 5.7.1 A feladó tartománya le van tiltva (rendszergazdai tiltás)", "rejected"),
    ("550 5.7.1 Newsletter/Massenversand laut Unternehmensvorgabe nicht zulaessig", "policy_violation"),
    ("550 5.7.1 casella PEC - ricezione da posta non certificata disabilitata", "policy_violation"),
    ("550 5.7.1 This is a certified e-mail (PEC) mailbox: only certified messages from PEC providers can be received here",
     "policy_violation"),
    ("554 5.7.1 No s'admet el reenviament per a aquest destinatari", "no_relaying"),
    ("553 5.7.1 <eva@firm.example>... Retransmissão negada", "no_relaying"),
    ("550 5.7.1 Mensaje rechazado por una regla del usuario", "filtered"),
    ("554 5.7.1 Messaggio rifiutato: la reputazione dell'IP mittente 203.0.113.77 risulta insufficiente", "bad_reputation"),
    # (the last adversarial round's languages)
    ("554 5.7.1 Gönderen alan adı mail.shop.example bu sunucuda yasaklanmıştır", "rejected"),
    ("554 5.7.1 Gonderen alan adi mail.shop.example bu sunucuda yasaklanmistir", "rejected"),
    ("550 5.7.1 Siuntėjo domenas mail.shop.example užblokuotas administratoriaus", "rejected"),
    ("550 5.7.1 Ten mien nguoi gui da bi chan", "rejected"),
    ("554 5.7.1 Videresendelse er ikke tilladt fra din adresse (relay nægtet)", "no_relaying"),
    ("554 5.7.1 Prosljeđivanje (relay) nije dopušteno s vaše adrese", "no_relaying"),
    ("421 4.7.0 Presegli ste omejitev števila sporočil na uro", "rate_limited"),
    ("550 5.7.1 Masiniai komerciniai laiškai nepriimami", "policy_violation"),
])
def test_refusals_in_many_languages_are_read_by_their_meaning(words, reason):
    assert decide(status=words.split()[1], diagnostic=words, command="RCPT", action="failed") == reason


def test_a_sender_of_the_recipients_own_blocked_list_is_no_block_of_our_server():
    # (the person's list: the mailbox exists and refused us by its own rule, never a site's block of our sender)
    words = "550 5.7.1 Nadawca znajduje się na liście zablokowanych odbiorcy"
    assert decide(status="5.7.1", diagnostic=words, command="RCPT", action="failed") == "filtered"


# ---- a scanner's notice about a worm that forged our address --------------------------------------------------------------
_SOPHOS = ("Sophos MailMonitor for SMTP has detected a virus in a message\napparently sent by you (bounces@mail.shop.example).\n\n"
           "{said}The message was NOT delivered.\n\n  Recipient:  eva@firm.example\n  Subject:    Re: Document\n"
           "  Attachment: your_document.pif\n")


def test_a_virus_notice_that_says_the_worm_forges_its_senders_is_no_report_on_our_mail():
    body = _SOPHOS.format(said="The worm W32/Netsky-D forges the sender address, so you may not have sent it. ")
    report = system_notice("MailMonitor <postmaster@firm.example>", "Virus found in message apparently sent by you", body)
    assert report.kind == "not_bounce"


def test_the_same_notice_without_those_words_still_reports_the_stopped_message():
    body = _SOPHOS.format(said="The attachment carried W32/Netsky-D. ")
    report = system_notice("MailMonitor <postmaster@firm.example>", "Virus found in message apparently sent by you", body)
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "virus_detected")])


def test_an_attachment_named_by_a_type_that_runs_code_with_no_finding_is_the_sites_policy():
    assert decide(status=None, diagnostic="Recipient: eva@firm.example Attachment: your_document.pif", action="failed",
                  context="The message was blocked by the mail gateway.") == "policy_violation"


# ---- the same meanings in other words (the adversarial round) -------------------------------------------------------------
@pytest.mark.parametrize("words,reason", [
    ("550 5.0.0 Ce compte a ete definitivement ferme par son titulaire", "user_unknown"),
    ("550 5.7.1 Mail from the domain mail.shop.example is not permitted on this server", "rejected"),
    ("554 5.7.1 Absenderdomain shop.example ist auf diesem System gesperrt", "rejected"),
    ("550 5.7.1 Il dominio del mittente (shop.example) non e' autorizzato a inviare posta a questo server", "rejected"),
    ("550 5.7.1 Les courriels publicitaires expedies en masse sont refuses par notre politique de messagerie",
     "policy_violation"),
    ("554 5.7.1 Este dominio no acepta envios comerciales masivos. Politica de uso del servicio", "policy_violation"),
    ("452 4.3.1 Erreur temporaire : espace disque insuffisant sur le serveur de messagerie", "system_full"),
    ("552 Motif : taille du message (14,2 Mo) supérieure à la limite autorisée (10 Mo).", "message_too_large"),
])
def test_the_same_meanings_in_other_words_are_read_alike(words, reason):
    assert decide(status=None, diagnostic=words, action="failed") == reason


def test_an_italian_report_that_the_longest_time_allowed_passed_is_expired():
    words = "Non è stato possibile consegnare il messaggio entro il tempo massimo previsto (5 giorni)."
    assert decide(status=None, diagnostic=words, action="failed") == "expired"


def test_a_domain_of_the_sender_that_is_fine_is_no_refusal_of_our_domain():
    words = "550 5.1.2 Le domaine expéditeur est valide; le domaine du destinataire est introuvable."
    assert decide(status="5.1.2", diagnostic=words, action="failed") != "rejected"
    words = "550 5.1.2 Le domaine expéditeur est accepté, le domaine destinataire firm.example est refusé"
    assert decide(status="5.1.2", diagnostic=words, action="failed") != "rejected"


@pytest.mark.parametrize("words", [
    "Your email to eva@firm.example has been blocked. The message contained a link classified as Malicious Web Sites.",
    "554 Message blocked: contains a link to a malicious web site",
])
def test_a_link_found_malicious_is_malware_found(words):
    assert decide(status=None, diagnostic=words, action="failed") == "virus_detected"


def test_a_message_held_by_a_policy_for_a_review_still_to_come_is_on_hold():
    words = ("The message you sent to eva@firm.example has been held by a content examination policy and will be reviewed by "
             "an administrator. You do not need to resend it.")
    assert decide(status=None, diagnostic=words, action="failed") == "on_hold"
    assert decide(status=None, diagnostic="The message was rejected by a content examination policy.", action="failed") \
        == "policy_violation"


def test_the_sending_mtas_own_expiry_status_outranks_the_last_lookups_answer():
    # (Cisco Secure Email: "5.4.7 - Delivery expired (message too old)" before the last DNS answer it quotes)
    words = "5.4.7 - Delivery expired (message too old) 'DNS Hard Error looking up mx.firm.example (MX): NXDomain'"
    assert decide(status="5.4.7", diagnostic=words, action="failed") == "expired"
    assert decide(status="5.1.2", diagnostic="550 5.1.2 DNS Hard Error looking up firm.example (MX): NXDomain",
                  action="failed") == "host_unknown"
    # (a delay warning's 4.4.7, Exchange's "message delayed", gave nothing up)
    assert decide(status="4.4.7", diagnostic="DNS query failed: the domain firm.example does not exist (NXDOMAIN)",
                  action="delayed") != "expired"


def test_a_challenge_names_the_person_whose_mailbox_it_protects():
    raw = mail(f"Return-Path: <verify@guard.example>\nFrom: \"Rodrigo Alves (via Guard)\" <verify@guard.example>\n"
               f"To: news@mail.shop.example\nDelivered-To: {VERP}\nSubject: Confirmação necessária para entregar sua mensagem\n"
               f"Auto-Submitted: auto-replied\n{UTF8}",
               "Olá news@mail.shop.example,\n\nA caixa de eva@firm.example é protegida contra spam pelo Guard.\n"
               "Para confirmar que você não é um robô, clique no link abaixo uma única vez:\n\nhttps://guard.example/c/a7f3c1\n\n"
               "Depois da confirmação, sua mensagem e as próximas serão entregues.\n")
    assert kind_and_reasons(classify(raw)) == ("challenge", [("eva@firm.example", "challenge")])


# ---- recipients and requests of South-East Asia, IBM hosts, relayed addresses -----------------------------------------
def test_a_mailbox_status_read_alone_below_words_that_the_account_lapsed_is_suspended():
    context = ("This Message was undeliverable due to the following reason: The user's account has expired and is pending "
               "renewal of the subscriber's internet service plan. Mail to this account is not being accepted.")
    said = "<eva@firm.example> Please reply to postmaster@firm.example if you feel this message to be in error."
    assert decide(status="5.2.1", diagnostic=said, action="failed", context=context) == "suspended"
    # (other words above it leave the code's own reading)
    assert decide(status="5.2.1", diagnostic=said, action="failed", context="The recipient does not take mail from you.") \
        == "filtered"


def test_an_indonesian_reader_asking_to_be_taken_off_the_sending_list_unsubscribes():
    raw = mail(f"From: Hendra <hendra@firm.example>\nTo: news@mail.shop.example\nSubject: Re: Harbolnas 12.12\n"
               f"In-Reply-To: <h1212@mail.shop.example>\n{UTF8}",
               "Tolong hapus email saya dari daftar kiriman Anda. Saya tidak pernah mendaftar.\n\nHendra\n")
    assert kind_and_reasons(classify(raw)) == ("unsubscribe", [("hendra@firm.example", "unsubscribe")])


def test_an_indonesian_challenge_that_asks_to_confirm_one_is_no_robot_is_a_challenge():
    raw = mail(f"{NULL}From: Verifikasi Pengirim <noreply-verifikasi@firm.example>\nTo: {VERP}\n"
               f"Subject: Verifikasi diperlukan: konfirmasi bahwa Anda bukan robot\nAuto-Submitted: auto-replied\n{UTF8}",
               "Halo,\n\nEmail Anda kepada eva@firm.example belum kami teruskan. Penerima menggunakan sistem anti-spam.\n\n"
               "Silakan balas email ini tanpa mengubah subjek, atau klik tautan berikut untuk membuktikan bahwa Anda bukan "
               "robot:\n\nhttps://verifikasi.firm.example/v/2f8c11\n")
    assert kind_and_reasons(classify(raw)) == ("challenge", [("eva@firm.example", "challenge")])


def test_a_recipient_not_defined_to_an_ibm_node_is_user_unknown():
    assert decide(status=None, diagnostic="550 RECIPIENT USER07 NOT DEFINED TO THIS NODE.", action="failed") == "user_unknown"


def test_a_host_that_no_longer_exists_after_an_address_named_is_the_host():
    words = ("The mail hub tried to pass your message on to host lab4.firm.example as requested by the address "
             "gerd%lab4.firm.example@hub.firm.example. That host does not exist any more: DNS reports NXDOMAIN.")
    assert decide(status=None, diagnostic=words, action="failed") == "host_unknown"
    assert decide(status=None, diagnostic="The address gerd@firm.example does not exist any more.", action="failed") \
        == "user_unknown"


# ---- the second adversarial round ----------------------------------------------------------------------------------------
def test_a_domain_retired_is_no_person_retired():
    words = "550 5.1.2 firm.example was retired after the merger; the domain is no longer hosted anywhere."
    assert decide(status="5.1.2", diagnostic=words, action="failed") == "host_unknown"
    assert decide(status=None, diagnostic="550 Eva Berg retired at the end of June.", action="failed") == "user_unknown"


def test_our_sending_domain_said_to_be_permitted_leaves_the_recipients_domain_to_decide():
    words = ("550 5.1.2 Sender domain mail.shop.example is permitted on this server; recipient domain firm.example is not "
             "hosted here and does not exist in DNS")
    assert decide(status="5.1.2", diagnostic=words, command="RCPT", action="failed") == "host_unknown"


def test_no_link_classified_as_malicious_is_no_malware():
    words = "Link scan summary: all links classified as clean. No link was classified as malicious."
    assert decide(status=None, diagnostic=words, action="failed") != "virus_detected"


def test_a_gateways_one_sentence_notice_that_the_message_was_delivered_is_a_success():
    report = system_notice("URL Defense <urldefense@gw.firm.example>", "Delivery report: message delivered",
                           'Your message "Concert season tickets" to eva@firm.example was delivered.\n\nLink scan summary:\n'
                           "  https://shop.example/tickets   classified as clean\nNo link was classified as malicious.\n")
    assert kind_and_reasons(report) == ("delivered", [("eva@firm.example", "delivered")])


def test_a_russian_scanners_notice_that_the_worm_forges_its_senders_is_no_report_on_our_mail():
    body = ("Внимание!\n\nВ письме, отправленном от имени news@mail.shop.example на адрес eva@firm.example, обнаружен червь "
            "Email-Worm.Win32.Mydoom.m. Письмо удалено.\n\nЭтот вирус подделывает адрес отправителя, поэтому, скорее всего, "
            "Вы это письмо не отправляли и никаких действий не требуется.\n")
    assert system_notice("Kaspersky <antivirus@firm.example>", "Обнаружен вирус", body).kind == "not_bounce"


# ---- notices that only look like reports, and a platform's own refusal ------------------------------------------------------
def test_a_persons_mail_quoting_a_failure_of_our_own_address_reports_no_recipient():
    raw = mail(f"From: Jorge <jorge@firm.example>\nTo: reply@mail.shop.example\nSubject: ¿Qué significa este error?\n{UTF8}",
               "Buenas tardes:\n\nIntenté responder a su boletín y me llegó esto:\n\n"
               '  "Delivery to the following recipient failed permanently:\n   noreply@mail.shop.example\n'
               '   Technical details of permanent failure: 550 5.7.1 mailbox unavailable"\n\n¿Me pueden explicar qué significa?\n')
    assert classify(raw).kind == "not_bounce"


def test_a_help_desks_receipt_that_names_report_words_as_advice_is_an_auto_reply():
    report = system_notice("Kundenservice <kundenservice@firm.example>", "[#SUP-204418] Eingangsbestätigung: Winterangebote",
                           "Guten Tag,\n\nvielen Dank für Ihre Nachricht. Wir haben unter der Ticketnummer #SUP-204418 eine "
                           "Anfrage angelegt und melden uns innerhalb von zwei Werktagen.\n\nWenn Sie Zustellprobleme (z. B. "
                           '"Unzustellbar"-Meldungen) melden möchten, fügen Sie bitte die vollständige Fehlermeldung bei.\n',
                           to="bounces+kundenservice=firm.example@mail.shop.example", auto="auto-replied")
    assert kind_and_reasons(report) == ("auto_reply", [("kundenservice@firm.example", "auto_reply")])


def test_a_platform_that_did_not_send_to_an_address_on_its_exclusion_list_reports_it_suppressed():
    raw = mail("From: Mailjet <noreply@notify.mailjet.example>\nTo: news@mail.shop.example\n"
               f"Subject: Message not sent to eva@firm.example (preblocked)\n{UTF8}",
               'Hello,\n\nMailjet did not send your message "Spring collection" to\neva@firm.example.\n\nStatus: blocked\n'
               "Error: preblocked\nExplanation: this address is on your account's exclusion list because an\nearlier message "
               "to it hard bounced. Mailjet no longer attempts delivery.\n")
    assert kind_and_reasons(classify(raw)) == ("failed", [("eva@firm.example", "suppressed")])


# ---- the third adversarial round -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("body", [
    "Hello,\n\nWe didn't deliver your message \"Your receipt\" to eva@firm.example.\n\nThis address was marked inactive on your "
    "server after a hard bounce on 12 Oct 2026, so we skipped it.\n",
    "Hola,\n\nNo hemos enviado tu mensaje \"Tu factura\" a eva@firm.example porque la dirección figura en la lista de bajas y "
    "rebotes de tu cuenta. Mientras siga en esa lista no intentaremos entregarle ningún mensaje.\n",
])
def test_a_platform_that_skipped_an_address_on_its_list_reports_it_suppressed(body):
    raw = mail(f"From: Notifications <notifications@esp.example>\nTo: news@mail.shop.example\nSubject: Message not sent\n{UTF8}",
               body)
    assert kind_and_reasons(classify(raw)) == ("failed", [("eva@firm.example", "suppressed")])


def test_a_desks_receipt_that_quotes_a_servers_refusal_of_another_address_reports_that_address():
    raw = mail("From: Service <service@firm.example>\nTo: bounces@mail.shop.example\n"
               f"Subject: [Ticket #20931] Ihre Anfrage ist eingegangen\nAuto-Submitted: auto-replied\n{UTF8}",
               "Guten Tag,\n\nwir haben unter der Ticketnummer #20931 eine Anfrage angelegt.\n\n"
               "Hinweis des Systems: Die Weiterleitung Ihrer Nachricht an das zweite Empfängerpostfach ist fehlgeschlagen:\n\n"
               "  bestellung@firm.example\n  550 5.1.1 <bestellung@firm.example>: Recipient address rejected: User unknown in "
               "virtual mailbox table\n\nDieses Postfach existiert nicht mehr. Die Nachricht wurde dort nicht zugestellt.\n")
    assert kind_and_reasons(classify(raw)) == ("failed", [("bestellung@firm.example", "user_unknown")])


# ---- East Asian carriers and gateways ---------------------------------------------------------------------------------------
def test_a_japanese_carriers_domain_designation_filter_is_the_persons_own():
    words = "550 5.7.1 <eva@firm.example>: Rejected by the recipient's domain designation filter"
    assert decide(status="5.7.1", diagnostic=words, command="RCPT", action="failed") == "filtered"


def test_a_providers_frequency_limit_under_the_expired_status_of_a_final_report_is_expired():
    words = "451 MI:DMC mx.qiye126,Ds8eCgD3X3 1725505200 Mail from 203.0.113.25 exceeded the frequency limit of domain"
    assert decide(status="4.4.7", diagnostic=words, action="failed") == "expired"
    assert decide(status="4.7.0", diagnostic=words, action="delayed") == "rate_limited"


def test_a_dutch_recipient_who_blocked_our_address_is_the_persons_filter_not_a_blocked_mailbox():
    words = "550 5.7.1 Message refused: de ontvanger heeft uw e-mailadres geblokkeerd (persoonlijke blokkeerlijst)"
    assert decide(status="5.7.1", diagnostic=words, command="RCPT", action="failed") == "filtered"
    assert decide(status=None, diagnostic="550 Het e-mailadres is tijdelijk geblokkeerd", action="failed") == "suspended"
