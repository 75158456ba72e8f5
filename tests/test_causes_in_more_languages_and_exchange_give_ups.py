"""Causes in more languages and the give-ups of Exchange Online (thirty-fourth session): Exchange's "5.4.300 Message expired ->
<the last reply>" and its message trace's "LastError: [{LED=...}]"; an ESP's own suppression said after the server's reply; a
postmaster's notice that returns nothing, in words no table holds, with a server's reply of failure; "your message to x@ was
held / rejected" in Ukrainian, Russian, Catalan and Urdu; no such address in Basque and Icelandic, a disabled account in
Catalan, the recipient's own refusal of us, a receiving limit and a silent server in Romanian, Barracuda's Intent Analysis,
Domino's refused connection; challenges in Romanian, Catalan and Polish; desks' complaints in Romanian and Catalan.

Each case is a wording written for the rule it tests (none copied from a sample): what the words mean decides.
"""
from __future__ import annotations

import pytest

from filter import classify
from filter.core.classifier import decide
from shapes import NULL, UTF8, kind_and_reasons, mail

ORIGINAL = ("Return-Path: <bounces@shop.example>\nFrom: Shop <news@shop.example>\nTo: {rcpt}\nSubject: June news\n"
            "Message-ID: <june-1@shop.example>\n\nHello\n")


# ---- what the words mean ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("status, diagnostic, reason", [
    # no such mailbox in Basque ("there is no such mailbox on this server", "this address does not exist any more, the
    # mailbox has been deleted") and Icelandic ("the address does not exist", "the user does not exist")
    (None, "Ez dago horrelako postontzirik zerbitzari honetan.", "user_unknown"),
    (None, "Helbide hau ez dago jada. Postontzia ezabatu egin da.", "user_unknown"),
    (None, "Netfangið er ekki til.", "user_unknown"),
    ("5.1.1", "550 5.1.1 Notandinn er ekki til", "user_unknown"),
    # a disabled account in Catalan
    (None, "Aquest compte està desactivat i no accepta missatges.", "suspended"),
    ("5.2.1", "550 5.2.1 El compte ha estat suspès", "suspended"),
    # the recipient's own refusal of us, said without a list, and the recipient's list of blocked senders in Romanian
    ("5.7.1", "550 5.7.1 The recipient has opted not to receive messages from your address", "filtered"),
    ("5.7.1", "550 5.7.1 Recipient has declined messages from this sender", "filtered"),
    (None, "Expeditorul se află pe lista de expeditori blocați a destinatarului.", "filtered"),
    # the recipient's daily receiving limit in Romanian (with and without accents), under a mailbox code
    ("5.2.1", "550 5.2.1 Destinatarul a depasit limita zilnica de mesaje primite. Incercati din nou maine.", "rate_limited"),
    (None, "Destinatarul a depășit limita orară de mesaje primite.", "rate_limited"),
    # a server that does not answer, in Romanian, its host's dots inside the sentence
    (None, "Serverul de destinație mx.firma.example nu răspunde.", "network_error"),
    # Barracuda's content layer judging the message's links
    ("5.7.0", "554 5.7.0 Message blocked: Intent Analysis detected a suspicious link in the message (BESS)", "spam_detected"),
    # Exchange Online's give-up: the last reply after its arrow decides where it names a cause
    ("5.4.300", "550 5.4.300 Message expired -> 421 4.7.0 [TSS04] Messages from 192.0.2.25 temporarily deferred due to "
                "unexpected volume or user complaints", "bad_reputation"),
    ("5.4.300", "550 5.4.300 Message expired -> 452 4.2.2 The recipient's mailbox is over its storage limit", "mailbox_full"),
])
def test_the_words_decide(status: str | None, diagnostic: str, reason: str) -> None:
    assert decide(status=status, diagnostic=diagnostic) == reason


@pytest.mark.parametrize("status, diagnostic, action, reason", [
    # Exchange Online's give-up after a time-out or a DNS failure, or with no reply after it: the sending side gave up
    ("5.4.300", "550 5.4.300 Message expired -> 451 4.4.0 DNS query failed. The error was: DNS query failed with error: "
                "ServerFailure", "failed", "expired"),
    ("5.4.300", "550 5.4.300 Message expired", "failed", "expired"),
    # Domino's "Remote system refused the connection (connection refused)": the socket's refusal, no block of our host
    (None, "Unable to connect to host mx.firma.example: Remote system refused the connection (connection refused). The "
           "router will continue to attempt delivery of this message.", "delayed", "network_error"),
    # ... while a server that says it refused *our* connection blocks our host
    ("5.7.1", "554 5.7.1 Our system refused your connection: your IP is on our block list", "failed", "blocked"),
    # the sender's own choice is no recipient's refusal: "you have opted" says nothing of the recipient
    ("5.7.1", "550 5.7.1 Relay denied: you have opted out of relaying through this host", "failed", "no_relaying"),
])
def test_what_the_words_are_not(status: str | None, diagnostic: str, action: str, reason: str) -> None:
    assert decide(status=status, diagnostic=diagnostic, action=action) == reason


# ---- Exchange Online and the ESPs ------------------------------------------------------------------------------------
def _exchange_delay(last_error: str) -> bytes:
    text = ("Delivery is delayed to these recipients or groups:\n\nchiara@studio.example\n\nThis message hasn't been "
            "delivered yet. Delivery will continue to be attempted.\n\nDiagnostic information for administrators:\n"
            f"Remote Server returned '400 4.4.7 Message delayed'\n{last_error}\n")
    return mail("From: Microsoft Outlook <postmaster@shop.onmicrosoft.example>\nTo: bounces@shop.example\n"
                "Subject: Delivery delayed:June news\nMIME-Version: 1.0\n"
                "Content-Type: multipart/report; report-type=delivery-status; boundary=\"d\"",
                f"--d\nContent-Type: text/plain\n\n{text}\n--d\nContent-Type: message/delivery-status\n\n"
                "Reporting-MTA: dns;DB9PR04MB8410.eurprd04.prod.outlook.com\n\n"
                "Final-Recipient: rfc822;chiara@studio.example\nAction: delayed\nStatus: 4.4.7\n"
                "Diagnostic-Code: smtp;400 4.4.7 Message delayed\n\n--d--\n")


def test_exchange_onlines_last_error_in_its_message_trace_form_gives_the_cause() -> None:
    report = classify(_exchange_delay("LastError: [{LED=452 4.2.2 The recipient's mailbox is over its storage limit};"
                                      "{FQDN=mx.studio.example};{IP=198.51.100.61}]"))
    (rcpt,) = report.recipients
    assert (report.kind, rcpt.reason, rcpt.status, rcpt.reply_code) == ("delayed", "mailbox_full", "4.2.2", "452")
    assert "FQDN" not in rcpt.diagnostic  # the reply ends at its field's closing "};"


def test_exchange_onlines_delay_without_a_last_error_names_no_cause_of_its_own() -> None:
    report = classify(_exchange_delay(""))
    (rcpt,) = report.recipients
    assert (report.kind, rcpt.status) == ("delayed", "4.4.7")
    assert rcpt.reason != "mailbox_full"


def _esp_notice(after: str) -> bytes:
    body = ("This is an automatically generated message from the sending platform.\n\nThe message you sent to the "
            "following address was bounced and has been forwarded to you per your Bounce Forwarding settings:\n\n"
            "  Address: dana@provider.example\n  Reason:  552 1 Requested mail action aborted, mailbox not found\n"
            f"  Status:  5.0.0\n\n{after}\n")
    return mail(f"{NULL}From: Platform <no-reply@esp.example>\nTo: bounces@shop.example\nSubject: Bounce: June news\nMIME-Version: 1.0\n"
                "Content-Type: multipart/mixed; boundary=\"e\"",
                f"--e\nContent-Type: text/plain; charset=utf-8\n\n{body}\n--e\nContent-Type: message/rfc822\n\n"
                + ORIGINAL.format(rcpt="dana@provider.example") + "\n--e--\n")


def test_an_esps_own_suppression_said_after_the_servers_reply_leaves_the_reply_to_decide() -> None:
    report = classify(_esp_notice("The address has been added to your Bounces suppression list."))
    assert kind_and_reasons(report) == ("failed", [("dana@provider.example", "user_unknown")])


# ---- a postmaster's notice that returns nothing -----------------------------------------------------------------------
def _postmaster(body: str, sender: str = "Mail Delivery System <postmaster@ministry.example>") -> bytes:
    return mail(f"{NULL}From: {sender}\nTo: bounces+karim=ministry.example@shop.example\nSubject: Notice\n{UTF8}", body)


# (Sinhala: "your message could not be sent to the address karim@ministry.example. Reason: by the institution's rules only
# internal senders may write to this address." Words no table holds: the Bengali of the thirty-fourth session's version,
# "আপনার বার্তা ... পৌঁছানো যায়নি", became a known notice in the thirty-fifth)
UNKNOWN_WORDS = ("ඔබගේ පණිවිඩය karim@ministry.example ලිපිනයට යැවිය නොහැකි විය.\n\n"
           "හේතුව: ආයතනයේ නීති අනුව මෙම ලිපිනයට අභ්‍යන්තර යවන්නන්ට පමණක් ලිපි යැවිය හැක.\n\n")


def test_a_postmasters_notice_in_unknown_words_with_a_servers_reply_of_failure_is_a_failure() -> None:
    report = classify(_postmaster(UNKNOWN_WORDS + "550 5.7.1 Delivery not authorized\n"))
    assert report.kind == "failed"
    (rcpt,) = report.recipients
    assert (rcpt.address, rcpt.status, rcpt.reply_code) == ("karim@ministry.example", "5.7.1", "550")


def test_the_same_notice_starttls_reply_decides_its_cause() -> None:
    # (Estonian: "your letter to priit@firma.example could not be delivered; the receiving server needs an encrypted
    # connection")
    body = ("Teie kirja aadressile priit@firma.example ei saanud edastada.\n\nVastuvõttev server nõuab krüpteeritud "
            "ühendust.\n\nServeri vastus: 530 5.7.0 Must issue a STARTTLS command first\n")
    report = classify(_postmaster(body, "Mail Delivery System <MAILER-DAEMON@mx.firma.example>"))
    assert kind_and_reasons(report) == ("failed", [("priit@firma.example", "failed_starttls")])


@pytest.mark.parametrize("body, sender", [
    # no server's reply: the same words may as well say it was delivered
    (UNKNOWN_WORDS, "Mail Delivery System <postmaster@ministry.example>"),
    # a success code is no failure
    (UNKNOWN_WORDS + "250 2.0.0 Ok: queued\n", "Mail Delivery System <postmaster@ministry.example>"),
    # a person's letter quoting a reply is no mail system's notice
    (UNKNOWN_WORDS + "550 5.7.1 Delivery not authorized\n", "Karim Hossain <karim.h@home.example>"),
    # two addresses named: the notice does not say which one failed
    (UNKNOWN_WORDS.replace("karim@ministry.example", "karim@ministry.example, rahim@ministry.example")
     + "550 5.7.1 Delivery not authorized\n", "Mail Delivery System <postmaster@ministry.example>"),
])
def test_a_notice_in_unknown_words_is_not_read_without_one_address_and_a_reply_of_failure(body: str, sender: str) -> None:
    assert classify(_postmaster(body, sender)).kind != "failed"


# ---- short notices ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("body, address, reason", [
    # Ukrainian and Russian: held by the filtering system, awaiting the administrator's check
    ("Ваше повідомлення для taras@firma.example затримано системою фільтрації та очікує перевірки адміністратором.\n",
     "taras@firma.example", "on_hold"),
    ("Ваше сообщение для ivan@firma.example заблокировано: обнаружен вирус во вложении.\n", "ivan@firma.example",
     "virus_detected"),
    # Catalan: held by the content filter until the administrator approves it
    ("El vostre missatge adreçat a montse@firma.example ha estat retingut pel filtre de contingut.\nEs lliurarà quan "
     "l'administrador l'aprovi.\n", "montse@firma.example", "on_hold"),
])
def test_short_notices_that_our_message_was_held_or_stopped(body: str, address: str, reason: str) -> None:
    report = classify(mail(f"From: Mail system <postmaster@firma.example>\nTo: bounces@shop.example\nSubject: Notice\n{UTF8}",
                           body))
    assert kind_and_reasons(report) == ("failed", [(address, reason)])


def test_an_urdu_notice_that_our_message_was_rejected() -> None:
    body = "آپ کا پیغام bilal@firma.example کو مسترد کر دیا گیا۔\n"
    report = classify(mail(f"From: Mail Delivery System <MAILER-DAEMON@mx.firma.example>\nTo: bounces@shop.example\n"
                           f"Subject: Notice\n{UTF8}", body))
    assert report.kind == "failed"
    assert [x.address for x in report.recipients] == ["bilal@firma.example"]


def test_a_ukrainian_notice_of_mail_held_on_its_way_to_us_is_no_report() -> None:
    # (the held message is one addressed to us: our own address is the only one named)
    body = "Ваше повідомлення для bounces@shop.example затримано системою фільтрації.\n"
    report = classify(mail(f"From: Mail system <postmaster@firma.example>\nTo: bounces@shop.example\nSubject: Notice\n{UTF8}",
                           body))
    assert report.kind != "failed"


# ---- challenges and complaints ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("sender, subject, body, protected", [
    # Romanian: "I use an anti-spam system that accepts only mail from verified senders. Your message will be delivered
    # once you confirm that you are a real person"
    ("Cristina Dobre <cristina@firma.example>", "Verificare expeditor: June news",
     "Bună ziua,\n\nFolosesc un sistem anti-spam care acceptă doar mesaje de la expeditori verificați.\nMesajul "
     "dumneavoastră va fi livrat după ce confirmați că sunteți o persoană reală, accesând linkul de mai jos:\n\nhttps://verify.firma.example/c?id=8f21ab\n",
     "cristina@firma.example"),
    # Catalan: "this recipient only accepts messages from confirmed senders; click to confirm that you are a person"
    ("Verificació de correu <verify@antispam.firma.example>", "Confirmeu el vostre missatge a marc@firma.example",
     "Hola,\n\nHeu enviat un missatge a marc@firma.example. Aquest destinatari només accepta missatges de remitents "
     "confirmats.\nFeu clic aquí per confirmar que sou una persona:\nhttps://antispam.firma.example/confirm/77a1\n",
     "marc@firma.example"),
])
def test_challenges_in_romanian_and_catalan(sender: str, subject: str, body: str, protected: str) -> None:
    report = classify(mail(f"From: {sender}\nTo: bounces@shop.example\nSubject: {subject}\nAuto-Submitted: auto-replied\n"
                           f"{UTF8}", body))
    assert kind_and_reasons(report) == ("challenge", [(protected, "challenge")])


def test_a_polish_challenge_from_the_hosters_antispam_system() -> None:
    body = ("Witaj,\n\nTwoja wiadomość do prezes@spolka.example została wstrzymana przez system antyspamowy.\n"
            "Aby potwierdzić, że jesteś człowiekiem, kliknij w poniższy link:\n\n"
            "https://antyspam.hosting.example/weryfikacja/5f2c8a1e\n")
    report = classify(mail("From: Antyspam <weryfikacja@hosting.example>\nTo: bounces@shop.example\n"
                           f"Subject: Potwierdź wysłanie wiadomości do prezes@spolka.example\n{UTF8}", body))
    assert kind_and_reasons(report) == ("challenge", [("prezes@spolka.example", "challenge")])


def test_a_romanian_desk_complaint_from_its_abuz_account() -> None:
    body = ("Bună ziua,\n\nAm primit o reclamație privind un mesaj nesolicitat (spam) trimis din rețeaua dumneavoastră "
            "către un client al nostru.\nAdresa destinatarului a fost eliminată din motive de confidențialitate.\n\n"
            "IP sursă: 192.0.2.150\n")
    report = classify(mail(f"From: Departamentul Abuz <abuz@isp.example>\nTo: abuse@shop.example\n"
                           f"Subject: Reclamație spam [Tichet #44192]\n{UTF8}", body))
    assert report.kind == "complaint"


def test_a_catalan_desk_complaint_names_the_subscriber_by_the_returned_message() -> None:
    body = ("Hola,\n\nHem rebut una queixa d'un dels nostres abonats sobre el missatge adjunt, que considera correu "
            "brossa.\nUs demanem que el doneu de baixa de les vostres llistes.\n")
    report = classify(mail(f"From: Servei d'abús <abus@isp.example>\nTo: abuse@shop.example\n"
                           "Subject: Queixa de correu no sol·licitat\nMIME-Version: 1.0\n"
                           "Content-Type: multipart/mixed; boundary=\"q\"",
                           f"--q\nContent-Type: text/plain; charset=utf-8\n\n{body}\n--q\nContent-Type: message/rfc822\n\n"
                           + ORIGINAL.format(rcpt="laia@isp.example") + "\n--q--\n"))
    assert kind_and_reasons(report) == ("complaint", [("laia@isp.example", "complaint")])


@pytest.mark.parametrize("sender, subject, body, protected", [
    # Czech: "your message for x@ waits for verification; so that we verify you are a person and not a robot, answer"
    ("jan@firma.example", "Ověření odesílatele",
     "Dobrý den,\n\nvaše zpráva pro jan@firma.example čeká na ověření. Abychom ověřili, že jste člověk a ne robot, "
     "odpovězte prosím na tento e-mail:\n\nhttps://overeni.firma.example/?id=77c1d0\n", "jan@firma.example"),
    # Hungarian: "the mailbox x@ takes mail only from verified senders; please confirm that you are a real person"
    ("Feladó-ellenőrzés <noreply@kft.example>", "Feladó ellenőrzése szükséges",
     "Tisztelt Feladó!\n\nA(z) eva@kft.example postafiók csak ellenőrzött feladóktól fogad leveleket. Kérjük, erősítse "
     "meg, hogy Ön valódi személy:\n\nhttps://ellenorzes.kft.example/v/3e9a\n", "eva@kft.example"),
])
def test_challenges_in_czech_and_hungarian(sender: str, subject: str, body: str, protected: str) -> None:
    report = classify(mail(f"From: {sender}\nTo: bounces@shop.example\nSubject: {subject}\nAuto-Submitted: auto-replied\n"
                           f"{UTF8}", body))
    assert kind_and_reasons(report) == ("challenge", [(protected, "challenge")])


def test_an_italian_desk_complaint_names_its_customer() -> None:
    body = ("Gentile responsabile,\n\nabbiamo ricevuto una segnalazione da un nostro cliente (vera@isp.example) per posta "
            "indesiderata proveniente dal vostro dominio shop.example.\n\nVi invitiamo a rimuovere l'indirizzo.\n")
    report = classify(mail(f"From: Abuse Desk <abuse@isp.example>\nTo: abuse@shop.example\nSubject: Segnalazione di spam\n"
                           f"{UTF8}", body))
    assert kind_and_reasons(report) == ("complaint", [("vera@isp.example", "complaint")])


# ---- more words -------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("status, diagnostic, reason", [
    # the recipient chose to receive nothing more from us, in French, Spanish and German
    ("5.7.1", "550 5.7.1 Le destinataire a choisi de ne plus recevoir de messages de votre part", "filtered"),
    (None, "El destinatario ha decidido no recibir más mensajes suyos.", "filtered"),
    (None, "Der Empfänger möchte keine Nachrichten mehr von Ihnen erhalten.", "filtered"),
    # held for an administrator's review, in Bulgarian
    (None, "Задържано от системата за защита на пощата; очаква преглед от администратор.", "on_hold"),
    # the receiving organisation's policy in Dutch, its data loss prevention in Italian, a message it requires encrypted, a
    # DLP rule named by what it guards, an attachment of a type it does not permit
    (None, "Uw bericht is geblokkeerd door het beleid van de ontvangende organisatie.", "policy_violation"),
    (None, "Il messaggio viola la politica di prevenzione della perdita di dati dell'organizzazione destinataria.",
     "policy_violation"),
    ("5.7.1", "554 5.7.1 Message must be encrypted (gateway policy)", "policy_violation"),
    (None, "Policy: Data Security - Personally Identifiable Information. Action: Block", "policy_violation"),
    (None, "The message contains 14 IBAN numbers.", "policy_violation"),
    (None, "The message contained an attachment of a type that is not permitted by the recipient's organization "
           "(invoice.iso). The message has been quarantined and will not be delivered.", "policy_violation"),
])
def test_more_words_decide(status: str | None, diagnostic: str, reason: str) -> None:
    assert decide(status=status, diagnostic=diagnostic) == reason


def test_the_connection_itself_must_be_encrypted_is_tls_not_a_message_policy() -> None:
    assert decide(status="5.7.0", diagnostic="530 5.7.0 Must issue a STARTTLS command first: the connection must be "
                                             "encrypted") == "failed_starttls"


@pytest.mark.parametrize("body, address, reason", [
    # Bulgarian: held by the mail protection system, awaiting review
    ("Вашето съобщение до petrov@bank.example е задържано от системата за защита на пощата и очаква преглед от "
     "администратор.\n", "petrov@bank.example", "on_hold"),
    # Turkish: the message you sent to x@ was quarantined, awaiting the administrator's approval
    ("emre@holding.example adresine gönderdiğiniz ileti karantinaya alındı ve yönetici onayı bekliyor.\n",
     "emre@holding.example", "on_hold"),
])
def test_short_notices_in_bulgarian_and_turkish(body: str, address: str, reason: str) -> None:
    report = classify(mail(f"From: Mail Protection <noreply@mailsec.firma.example>\nTo: bounces@shop.example\n"
                           f"Subject: Notice\n{UTF8}", body))
    assert kind_and_reasons(report) == ("failed", [(address, reason)])


def test_a_hindi_notice_that_our_message_was_rejected() -> None:
    body = "आपका संदेश rahul@college.example को अस्वीकार कर दिया गया है।\n"
    report = classify(mail(f"From: Mail System <mailer-daemon@college.example>\nTo: bounces@shop.example\n"
                           f"Subject: Notice\n{UTF8}", body))
    assert report.kind == "failed"
    assert [x.address for x in report.recipients] == ["rahul@college.example"]


# ---- reports forwarded by people, platforms' notices, lures ------------------------------------------------------------
_OUTLOOK_NDR_DE = ("Von: Microsoft Outlook <postmaster@ag.example>\nGesendet: Dienstag, 11. März 2025 09:12\n"
                   "An: Vertrieb <vertrieb@shop.example>\nBetreff: Unzustellbar: June news\n\n"
                   "Übermittlung an folgende Empfänger oder Gruppen fehlgeschlagen:\n\nleitner@ag.example\n"
                   "Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden.\n\n"
                   "Diagnoseinformationen für Administratoren:\n\nleitner@ag.example\nRemote Server returned '550 5.1.10 "
                   "RESOLVER.ADR.RecipientNotFound; Recipient leitner@ag.example not found by SMTP address lookup'\n")


def test_a_colleagues_inline_forward_of_an_ndr_reports_its_recipient() -> None:
    body = ("Hallo Team,\n\ndas kam bei mir im Vertriebspostfach an, bitte Adresse prüfen.\n\nLG Sandra\n\n"
            "-----Ursprüngliche Nachricht-----\n" + _OUTLOOK_NDR_DE)
    report = classify(mail(f"From: Sandra Klein <s.klein@shop.example>\nTo: bounces@shop.example\n"
                           f"Subject: WG: Unzustellbar: June news\n{UTF8}", body))
    assert kind_and_reasons(report) == ("failed", [("leitner@ag.example", "user_unknown")])


def test_a_forward_with_its_subject_first_and_quoted_lines() -> None:
    # (Thunderbird's "-------- Forwarded Message --------" block: Subject, Date, From, To; the report quoted with "> ")
    body = ("Hi team,\n\nwe got this back, FYI.\n\nTom\n\n-------- Forwarded Message --------\n"
            "Subject: Mail delivery failed: returning message to sender\nDate: Tue, 17 Dec 2024 16:06:37 +0200\n"
            "From: Mail Delivery System <Mailer-Daemon@mx-out2.shop.example>\nTo: billing@shop.example\n\n"
            "> A message that you sent could not be delivered to one or more of its\n> recipients. This is a permanent error. "
            "The following address(es) failed:\n>\n>   evans@hotel.example\n>     host mx.hotel.example [192.0.2.31]\n"
            ">     SMTP error from remote mail server after RCPT TO:<evans@hotel.example>:\n"
            ">     550 5.1.1 <evans@hotel.example>: Recipient address rejected: User unknown\n")
    report = classify(mail(f"From: Tom Riley <tom@shop.example>\nTo: bounces@shop.example\n"
                           f"Subject: Fwd: Mail delivery failed: returning message to sender\n{UTF8}", body))
    assert kind_and_reasons(report) == ("failed", [("evans@hotel.example", "user_unknown")])


def test_a_person_forwarding_the_delay_of_her_own_mail_to_us_reports_nothing_we_sent() -> None:
    body = ("Hi, I got this from our server, is something wrong with your help address?\nLaura\n\n"
            "---------- Forwarded message ---------\nFrom: Mail Delivery System <Mailer-Daemon@mail.design.example>\n"
            "Date: Mon, 12 May 2025 at 08:55\nSubject: Warning: message 1tr0Qa-0002Zx-7B delayed 24 hours\n"
            "To: <laura@design.example>\n\nA message that you sent has not yet been delivered to one or more of its\n"
            "recipients after more than 24 hours on the queue on mail.design.example.\n\n"
            "The address to which the message has not yet been delivered is:\n\n  help@shop.example\n"
            "    Delay reason: SMTP error from remote mail server after RCPT TO:<help@shop.example>:\n"
            "    451 4.3.0 Temporary failure\n")
    report = classify(mail(f"From: Laura Ferri <laura@design.example>\nTo: bounces@shop.example\n"
                           f"Subject: Fwd: Warning: message 1tr0Qa-0002Zx-7B delayed 24 hours\n{UTF8}", body))
    assert report.kind == "not_bounce"


def test_a_persons_letter_that_quotes_no_mail_systems_header_block_is_no_forward() -> None:
    # (a reader's own words about a failure: no forwarded block from a mail system, no report of ours)
    body = ("Hello,\n\nFrom: my phone, sorry for typos.\nSubject: your delivery failed notices - why do I get them?\n"
            "I keep getting 550 5.1.1 errors from my own server when I write to my colleague ana@firm.example.\n")
    report = classify(mail(f"From: Ben <ben@home.example>\nTo: news@shop.example\nSubject: Question\n{UTF8}", body))
    assert report.kind != "failed"


def test_a_platforms_notice_names_its_recipient_in_a_field_and_quotes_the_servers_reply() -> None:
    body = ("Hi Shop team,\n\nA message sent from your server \"Newsletter\" hard bounced and we have deactivated this "
            "recipient.\n\nRecipient: roth@praxis.example\nBounce type: HardBounce\n\n"
            "The recipient's mail server responded with:\nsmtp;550 5.1.1 <roth@praxis.example>: Recipient address rejected: "
            "User unknown in virtual mailbox table\n\nYou can reactivate the address in the Suppressions tab if you believe "
            "this was a mistake.\n")
    report = classify(mail(f"From: Notifications <support@platform.example>\nTo: bounces@shop.example\n"
                           f"Subject: Hard bounce: roth@praxis.example was deactivated\n{UTF8}", body))
    assert kind_and_reasons(report) == ("failed", [("roth@praxis.example", "user_unknown")])


def test_a_lure_that_greets_the_reader_by_its_address_is_no_report() -> None:
    body = ("Dear user bounces@shop.example, your mailbox quota is full (550 5.2.2). Messages to support@verify.example "
            "will be returned undelivered.\nClick here to upgrade your mailbox: https://verify.example/login\n")
    report = classify(mail(f"From: Mail Delivery System <no-reply@verify.example>\nTo: bounces@shop.example\n"
                           f"Subject: Undelivered messages: mailbox full\n{UTF8}", body))
    assert report.kind != "failed"


def test_our_own_addresses_a_notice_lists_beside_its_recipient_are_no_recipients() -> None:
    body = ("Diese Nachricht wurde automatisch vom Mailsystem von gmbh.example erzeugt.\n\n"
            "Absender der ursprünglichen Nachricht: Shop <news@news.shop.example>\n"
            "Antwortadresse: service@shop.example\n\nDie Nachricht konnte dem folgenden Empfänger nicht zugestellt werden:\n\n"
            "    frank@gmbh.example\n\nGrund: 550 5.1.1 Unbekannter Empfänger / unknown recipient\n")
    report = classify(mail(f"From: Mailsystem <postmaster@gmbh.example>\nTo: bounces@news.shop.example\n"
                           f"Subject: Nicht zustellbar: June news\n{UTF8}", body))
    assert kind_and_reasons(report) == ("failed", [("frank@gmbh.example", "user_unknown")])


def test_a_notice_that_says_per_recipient_which_one_was_delivered() -> None:
    # (Chinese: "some recipients of your mail failed. The recipient (a@) does not exist, delivery failed. The recipient (b@)
    # was delivered successfully. Reason of the failure: 550 ...")
    body = ("您发送的邮件部分收件人投递失败。\n\n收件人（lisi@tech.example）不存在，投递失败。\n"
            "收件人（wangfang@tech.example）已成功投递。\n\n失败原因：550 Mailbox not found.\n")
    report = classify(mail(f"From: 邮件退信 <postmaster@mail.tech.example>\nTo: bounces@shop.example\nSubject: 退信： June news\n"
                           f"{UTF8}", body))
    assert report.kind == "failed"
    assert {(x.address, x.reason) for x in report.recipients} == {("lisi@tech.example", "user_unknown"),
                                                                  ("wangfang@tech.example", "delivered")}


@pytest.mark.parametrize("diagnostic, reason", [
    ("收件人（lisi@tech.example）不存在，投递失败。", "user_unknown"),
    # (the recipient named in brackets, then "delivered": no missing mailbox)
    ("收件人（wangfang@tech.example）已成功投递。", "on_hold"),
])
def test_chinese_words_around_an_address_in_brackets(diagnostic: str, reason: str) -> None:
    assert decide(status=None, diagnostic=diagnostic) == reason


# ---- third round: more notices, challenges and forwards ----------------------------------------------------------------
@pytest.mark.parametrize("diagnostic, reason", [
    # the recipient chose to receive nothing more from us, in French, Portuguese, Dutch and Italian
    ("550 5.7.1 Le destinataire ne souhaite plus recevoir de messages de votre part", "filtered"),
    ("554 5.7.1 O destinatario optou por nao receber mensagens deste remetente", "filtered"),
    ("550 5.7.1 De ontvanger heeft ervoor gekozen geen berichten meer van deze afzender te ontvangen", "filtered"),
    ("550 5.7.1 Il destinatario ha scelto di non ricevere messaggi da questo mittente", "filtered"),
])
def test_the_recipients_choice_in_more_languages(diagnostic: str, reason: str) -> None:
    assert decide(status="5.7.1", diagnostic=diagnostic) == reason


@pytest.mark.parametrize("sender, body, address, reason", [
    # Turkish: "your message sent to the recipient x@ was quarantined by the security policy; it may be delivered after the
    # administrator's review", from the e-mail security gateway
    ("E-posta Güvenlik Ağ Geçidi <quarantine@holding.example>",
     "Sayın gönderici,\n\nmehmet@holding.example alıcısına gönderilen iletiniz güvenlik politikası nedeniyle karantinaya "
     "alınmıştır.\nİleti, sistem yöneticisi tarafından incelendikten sonra teslim edilebilir.\n", "mehmet@holding.example",
     "on_hold"),
    # Slovak: "your message for x@ was held and awaits the administrator's approval"
    ("Poštový server <postmaster@firma.example>", "Vaša správa pre jana@firma.example bola zadržaná a čaká na schválenie "
     "správcom.\n", "jana@firma.example", "on_hold"),
    # Polish: "the message to x@ awaits the mail administrator's approval"
    ("MAILER-DAEMON <mailer-daemon@firma.example>", "Wiadomość do nowak@firma.example oczekuje na zatwierdzenie przez "
     "administratora systemu pocztowego.\n", "nowak@firma.example", "on_hold"),
    # Arabic: "your message was held in the quarantine awaiting the administrator's review", the recipient in its field
    ("بوابة البريد <quarantine@ministry.example>", "تم احتجاز رسالتك في منطقة العزل (الحجر) بانتظار مراجعة مسؤول النظام.\n\n"
     "المستلم: citizens@ministry.example\nالموضوع: June news\n", "citizens@ministry.example", "on_hold"),
    # Arabic: "the message sent from <ours> to x@ was not delivered, as it holds an attachment infected with a virus"
    ("نظام حماية البريد <mailsecurity@ministry.example>", "لم يتم تسليم الرسالة المرسلة من news@shop.example إلى "
     "procurement@ministry.example لاحتوائها على مرفق مصاب بفيروس.\n\nDiagnostic: 550 5.7.0 Message rejected: virus detected\n",
     "procurement@ministry.example", "virus_detected"),
])
def test_notices_of_held_and_stopped_mail_in_more_languages(sender: str, body: str, address: str, reason: str) -> None:
    report = classify(mail(f"From: {sender}\nTo: bounces@shop.example\nSubject: Notice\n{UTF8}", body))
    assert kind_and_reasons(report) == ("failed", [(address, reason)])


@pytest.mark.parametrize("sender, subject, body, protected", [
    # Hebrew: "the mailbox of x@ is protected by a sender verification system; your message is held until you confirm that
    # you are a person and not automatic software"
    ("אימות שולח <confirm@antispam.isp.example>", "אימות שולח נדרש",
     "שלום,\n\nתיבת הדואר של eli@isp.example מוגנת על ידי מערכת אימות שולחים.\nההודעה שלך הוחזקה ולא תימסר עד שתאשר שאתה "
     "אדם ולא תוכנה אוטומטית.\n\nhttps://antispam.isp.example/confirm?t=QW91\n", "eli@isp.example"),
    # Turkish: "the message you sent to the address x@ is held by the sender verification system; verify that you are a real
    # person"
    ("Gönderen Doğrulama <dogrulama@firma.example>", "Gönderen doğrulaması gerekiyor",
     "Merhaba,\n\nserkan@firma.example adresine gönderdiğiniz ileti, gönderen doğrulama sistemi tarafından "
     "bekletilmektedir.\nLütfen gerçek bir kişi olduğunuzu doğrulayın:\nhttps://dogrula.firma.example/v/8c21d7\n",
     "serkan@firma.example"),
    # Arabic: "you sent a message to x@; this recipient uses a system that requires the senders' verification"
    ("نظام التحقق من المرسل <verify@isp.example>", "يرجى تأكيد رسالتك",
     "مرحباً،\n\nلقد أرسلت رسالة إلى ali@isp.example. يستخدم هذا المستلم نظام حماية يتطلب التحقق من المرسلين.\n"
     "https://verify.isp.example/c/?id=7f3a\n", "ali@isp.example"),
    # German: "your message to x@ was held; I use a spam protection that delivers only mail of confirmed senders"
    ("Absenderbestaetigung <confirm@koenig.example>", "Bestätigung erforderlich: June news",
     "Hallo,\n\nIhre Nachricht an harald@koenig.example wurde zurückgehalten.\nIch verwende einen Spamschutz, der nur "
     "E-Mails von bestätigten Absendern zustellt.\nBitte öffnen Sie den folgenden Link, um sich als Absender zu bestätigen:\n"
     "https://confirm.koenig.example/c/9f2a\n", "harald@koenig.example"),
    # Czech: "your message for x@ was not delivered yet; this mailbox takes only messages from verified senders; confirm that
    # you are not a machine"
    ("martin@seznam.example", "Ověření odesílatele",
     "Dobrý den,\n\nVaše zpráva pro martin@seznam.example zatím nebyla doručena. Tato schránka přijímá pouze zprávy od "
     "ověřených odesílatelů.\nPotvrďte, že nejste automat:\nhttps://overeni.example/c/8f2a\n", "martin@seznam.example"),
    # Hungarian: "Dear sender! We held your letter sent to x@; the recipient takes mail only from approved senders"
    ("Levélszűrő <noreply@szuro.example>", "Kérjük, igazolja feladói címét",
     "Kedves Feladó!\n\nA(z) anna@freemail.example címre küldött levelét ideiglenesen visszatartottuk. A címzett csak "
     "jóváhagyott feladóktól fogad leveleket.\nKérjük, írja be a képen látható kódot:\nhttps://szuro.example/j?id=77\n",
     "anna@freemail.example"),
])
def test_challenges_in_hebrew_turkish_arabic_german_czech_hungarian(sender: str, subject: str, body: str,
                                                                      protected: str) -> None:
    report = classify(mail(f"From: {sender}\nTo: bounces@shop.example\nSubject: {subject}\n{UTF8}", body))
    assert kind_and_reasons(report) == ("challenge", [(protected, "challenge")])


def test_a_german_ticket_acknowledgement_in_its_subordinate_clause() -> None:
    body = ("Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Anfrage. Diese E-Mail bestätigt, dass Ihre Nachricht bei uns "
            "eingegangen ist.\nIhr Anliegen wurde unter der Ticketnummer 2025081310000231 erfasst.\n")
    report = classify(mail("From: Kundenservice <service@versand.example>\nTo: news@shop.example\n"
                           "Subject: [Ticket#2025081310000231] Ihre Anfrage ist eingegangen - RE: June news\n"
                           f"Auto-Submitted: auto-generated\nPrecedence: bulk\n{UTF8}", body))
    assert kind_and_reasons(report) == ("auto_reply", [("service@versand.example", "auto_reply")])


def test_a_spanish_desk_complaint_names_its_customer() -> None:
    body = ("Estimados señores:\n\nUno de nuestros clientes, titular de la dirección pablo@isp.example, ha presentado una "
            "queja por recibir\ncorreo no deseado procedente de su red.\n")
    report = classify(mail(f"From: Departamento de Abuso <abuse@isp.example>\nTo: abuse@shop.example\n"
                           f"Subject: Queja por correo no deseado [caso 44102]\n{UTF8}", body))
    assert kind_and_reasons(report) == ("complaint", [("pablo@isp.example", "complaint")])


def test_a_forward_under_the_clients_attribution_line() -> None:
    body = ("Two more dead addresses on the alumni list, see below.\n\nOn 3/15/25 07:03, Mail Delivery Subsystem wrote:\n"
            "> The original message was received at Sat, 15 Mar 2025 07:02:51 -0500\n>\n"
            ">     ----- The following addresses had permanent fatal errors -----\n> <jsmith@univ.example>\n"
            ">     (reason: 550 5.1.1 <jsmith@univ.example>... User unknown)\n")
    report = classify(mail(f"From: Robert King <rking@shop.example>\nTo: bounces@shop.example\n"
                           f"Subject: Fwd: Returned mail: see transcript for details\n{UTF8}", body))
    assert kind_and_reasons(report) == ("failed", [("jsmith@univ.example", "user_unknown")])


def test_a_french_forward_with_its_sujet_field() -> None:
    body = ("Bonjour,\n\nJe vous transfère ce retour.\n\n-------- Message transféré --------\n"
            "Sujet : \tMail delivery failed: returning message to sender\nDate : \tFri, 14 Mar 2025 08:11:02 +0100\n"
            "De : \tMail Delivery System <Mailer-Daemon@out3.shop.example>\nPour : \tclaire@shop.example\n\n"
            "A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. "
            "The following address(es) failed:\n\n  contact@boulangerie.example\n"
            "    all relevant MX records point to non-existent hosts\n")
    report = classify(mail(f"From: Claire Martin <claire@shop.example>\nTo: bounces@shop.example\n"
                           f"Subject: Tr: Mail delivery failed: returning message to sender\n{UTF8}", body))
    assert kind_and_reasons(report) == ("failed", [("contact@boulangerie.example", "host_unknown")])


def test_a_lure_naming_the_reader_as_the_failed_address_with_an_archive_attached() -> None:
    raw = mail("From: Mail Delivery System <MAILER-DAEMON@notify.example>\nTo: bounces@shop.example\n"
               "Subject: Returned mail: see transcript for details\nMIME-Version: 1.0\n"
               "Content-Type: multipart/mixed; boundary=\"p\"",
               "--p\nContent-Type: text/plain\n\n   ----- The following addresses had permanent fatal errors -----\n"
               "<bounces@shop.example>\n\n   ----- Transcript of session follows -----\n<<< 554 Your message could not be "
               "delivered.\n\n--p\nContent-Type: application/octet-stream; name=\"Undelivered_Message.html.zip\"\n"
               "Content-Disposition: attachment; filename=\"Undelivered_Message.html.zip\"\nContent-Transfer-Encoding: base64\n\n"
               "UEsDBAoAAAAAAA==\n--p--\n")
    assert classify(raw).kind == "not_bounce"


def test_a_platform_that_says_it_added_the_address_to_its_list_leaves_the_reply_to_decide() -> None:
    assert decide(status="5.1.1", diagnostic="550 5.1.1 <a@wp.example>: Recipient address rejected: Konto nie istnieje. "
                                             "We have added the address to your Bounces suppression list so that future "
                                             "sends skip it.") == "user_unknown"


# ---- fourth round ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("diagnostic, reason", [
    # the recipient chose to receive nothing more from us, in German, Swedish, Danish, Norwegian and Japanese
    ("Der Empfänger hat entschieden, keine Nachrichten mehr von Ihrer Absenderadresse anzunehmen.", "filtered"),
    ("Mottagaren har valt att inte ta emot meddelanden från din adress.", "filtered"),
    ("Modtageren har valgt ikke at modtage beskeder fra din adresse.", "filtered"),
    ("Mottakeren har valgt å ikke motta e-post fra deg.", "filtered"),
    ("受信者がお客様のアドレスからのメールを受け取らないよう設定しています。", "filtered"),
    # held in quarantine for the administrator, in Arabic, Croatian and Vietnamese
    ("رسالتك محتجزة حاليًا في الحجر الصحي بانتظار مراجعة المسؤول.", "on_hold"),
    ("Poruka je zadržana u karanteni.", "on_hold"),
    ("Thư đã bị giữ lại để quản trị viên kiểm tra.", "on_hold"),
    # a give-up in Chinese: the longest delivery time in the queue passed, the system stopped retrying
    ("原因：邮件在队列中已超过最长投递时间（5天），系统已停止重试。", "expired"),
    # a group that takes no posts from outside: the receiving side's rule on who may write
    ("550 5.0.0 group does not accept outside posts", "policy_violation"),
])
def test_words_of_the_fourth_round(diagnostic: str, reason: str) -> None:
    assert decide(status=None, diagnostic=diagnostic) == reason


@pytest.mark.parametrize("sender, body, address, reason", [
    # the recipient's own organisation's system, signed with a name no table holds: Croatian, Greek, Vietnamese, Arabic
    ("Zaštita e-pošte <zastita@firma.example>", "Vaša poruka za ivana@firma.example je zadržana u karanteni.\n"
     "Administrator će je pregledati.\n", "ivana@firma.example", "on_hold"),
    ("Σύστημα Ασφάλειας Email <security@firma.example>", "Το μήνυμά σας προς nikos@firma.example τέθηκε σε καραντίνα και "
     "αναμένει έλεγχο από τον διαχειριστή.\n", "nikos@firma.example", "on_hold"),
    ("Hệ thống bảo vệ thư <baove@firma.example>", "Thư của bạn gửi tới minh@firma.example đã bị giữ lại để quản trị viên "
     "kiểm tra.\n", "minh@firma.example", "on_hold"),
    ("نظام أمان البريد <mailguard@firma.example>", "رسالتك إلى ahmed@firma.example محتجزة حاليًا في الحجر الصحي بانتظار "
     "مراجعة المسؤول.\n", "ahmed@firma.example", "on_hold"),
    # Turkish, the subject between: 'the message with the subject "June news" you sent to x@ was quarantined'
    ("E-posta Güvenlik Sistemi <guvenlik@sirket.example>", "m.yilmaz@sirket.example adresine gönderdiğiniz \"June news\" "
     "konulu ileti güvenlik politikası gereği karantinaya alınmıştır.\n", "m.yilmaz@sirket.example", "on_hold"),
    # Danish: "your message to x@ was not delivered; the recipient chose not to receive messages from your address"
    ("Mail System <mailer-daemon@firma.example>", "Din besked til mette@firma.example blev ikke leveret.\nModtageren har "
     "valgt ikke at modtage beskeder fra din adresse.\n", "mette@firma.example", "filtered"),
    # Japanese: a gateway refusing password-protected archives ("the mail sent was not delivered to its recipient (x@) and was
    # discarded"), signed as the company's mail system
    ("例運輸 メールシステム <noreply-mailgw@unyu.example>", "当社では情報セキュリティ対策のため、パスワード付きZIPファイルを"
     "添付したメールを受信しておりません。\n送信されたメールは宛先（keiri@unyu.example）に配信されず、破棄されました。\n\n"
     "判定：550 5.7.1 Encrypted archive attachments are not permitted by policy\n", "keiri@unyu.example", "policy_violation"),
])
def test_notices_of_the_fourth_round(sender: str, body: str, address: str, reason: str) -> None:
    report = classify(mail(f"{NULL}From: {sender}\nTo: bounces@shop.example\nSubject: Notice\nAuto-Submitted: auto-replied\n"
                           f"{UTF8}", body))
    assert kind_and_reasons(report) == ("failed", [(address, reason)])


def test_a_person_quoting_a_hold_of_her_own_organisation_is_no_notice_of_its_system() -> None:
    # (the notice's own sender is a person, not the organisation's system speaking of its address: a reply quoting it)
    body = "Hallo,\n\nich habe das hier bekommen, was bedeutet das?\n\n> Vaša poruka za ivana@firma.example je zadržana.\n"
    report = classify(mail(f"From: Ivana <ivana@firma.example>\nTo: news@shop.example\nSubject: Re: June news\n"
                           f"In-Reply-To: <june-1@shop.example>\n{UTF8}", body))
    assert report.kind != "failed"


@pytest.mark.parametrize("sender, subject, body, protected", [
    # Japanese: "thank you for sending mail to x@; we ask first-time senders to confirm; enter the confirmation code shown"
    ("送信者確認 <confirm@koubou.example>", "【送信者確認のお願い】メールはまだ配信されていません",
     "ogawa@koubou.example 宛てにメールをお送りいただきありがとうございます。\n迷惑メール防止のため、初めてのお客様には送信者確認を"
     "お願いしております。\n下記のURLにアクセスし、表示される確認コードを入力してください。確認後、メールが配信されます。\n"
     "https://verify.koubou.example/c/?id=7f3a\n", "ogawa@koubou.example"),
    # Korean: "the mail you sent to x@ is held against spam; once you complete the sender authentication it is delivered"
    ("발신자 인증 <verify@startup.example>", "[발신자 인증 요청] 메일이 보류되었습니다",
     "안녕하세요.\nceo@startup.example님에게 보내신 메일은 스팸 방지를 위해 보류되어 있습니다.\n발신자 인증을 완료하시면 메일이 "
     "전달됩니다.\n", "ceo@startup.example"),
    # Slovak: "the recipient x@ takes only messages from verified senders; confirm that you are not a robot"
    ("Overenie odosielateľa <overenie@firma.example>", "Potvrďte odoslanie správy",
     "Dobrý deň,\n\npríjemca martin@firma.example prijíma iba správy od overených odosielateľov.\nPotvrďte, prosím, že nie ste "
     "robot:\nhttps://overenie.firma.example/k/91\n", "martin@firma.example"),
])
def test_challenges_of_the_fourth_round(sender: str, subject: str, body: str, protected: str) -> None:
    report = classify(mail(f"From: {sender}\nTo: bounces@shop.example\nSubject: {subject}\n{UTF8}", body))
    assert kind_and_reasons(report) == ("challenge", [(protected, "challenge")])


def test_a_colleagues_forward_of_an_exchange_report_that_asks_to_take_the_address_off_the_list() -> None:
    # (Japanese: "Takahashi left at the end of December, the address is deleted as below; please remove it from the list")
    body = ("Shop Example ご担当者様\n\n高橋は昨年12月末で退職しており、下記のとおりアドレスは削除済みです。\n"
            "配信リストから削除をお願いいたします。\n\n-----Original Message-----\nFrom: Microsoft Exchange\n"
            "Sent: Thursday, January 30, 2025 9:00 AM\nTo: tokuyo@bussan.example\nSubject: 配信不能: June news\n\n"
            "次の受信者またはグループへの配信に失敗しました:\n\ntakahashi@bussan.example\n入力した電子メール アドレスが見つかりません"
            "でした。\n\nリモート サーバーから '550 5.1.1 RESOLVER.ADR.RecipientNotFound; not found' が返されました\n")
    report = classify(mail(f"From: 徳世 涼 <tokuyo@bussan.example>\nTo: news@shop.example\nSubject: 転送: 配信不能: June news\n"
                           f"{UTF8}", body))
    assert kind_and_reasons(report) == ("failed", [("takahashi@bussan.example", "user_unknown")])


def test_a_german_attribution_line_without_a_comma() -> None:
    body = ("Hallo zusammen,\n\nsiehe unten, bitte aus dem Verteiler nehmen.\n\nAm 12.03.2025 um 08:41 schrieb Mail Delivery "
            "System:\n> A message that you sent could not be delivered to one or more of its\n> recipients. This is a permanent "
            "error. The following address(es) failed:\n>\n>   anne@firma.example\n>     SMTP error from remote mail server "
            "after RCPT TO:<anne@firma.example>:\n>     550 5.1.1 <anne@firma.example>: Recipient address rejected: User unknown\n")
    report = classify(mail(f"From: Sabine Kraus <s.kraus@shop.example>\nTo: bounces@shop.example\n"
                           f"Subject: WG: Mail delivery failed: returning message to sender\n{UTF8}", body))
    assert kind_and_reasons(report) == ("failed", [("anne@firma.example", "user_unknown")])


@pytest.mark.parametrize("sender, subject, body, complainant", [
    # Portuguese without the article: "uma reclamação de um de nossos assinantes (x@) sobre uma mensagem não solicitada"
    ("Abuse Desk <abuse@isp.example>", "Reclamação de spam - ticket 88123",
     "Prezados,\nRecebemos uma reclamação de um de nossos assinantes (cliente@isp.example) sobre uma mensagem não solicitada "
     "(spam)\nenviada a partir do seu servidor.\n", "cliente@isp.example"),
    # German: "one of our customers (x@) complained about an unwanted advertising e-mail from your server"
    ("Abuse-Team <abuse@provider.example>", "Beschwerde über unerwünschte Werbung",
     "Sehr geehrte Damen und Herren,\neiner unserer Kunden (k.schulz@provider.example) hat sich über eine unerwünschte "
     "Werbe-E-Mail von Ihrem Server beschwert.\nBitte entfernen Sie die Adresse umgehend aus Ihrem Verteiler.\n",
     "k.schulz@provider.example"),
])
def test_desk_complaints_of_the_fourth_round(sender: str, subject: str, body: str, complainant: str) -> None:
    report = classify(mail(f"From: {sender}\nTo: abuse@shop.example\nSubject: {subject}\n{UTF8}", body))
    assert kind_and_reasons(report) == ("complaint", [(complainant, "complaint")])


@pytest.mark.parametrize("body, delivered, failed", [
    ("以下の宛先への配信結果をお知らせします。\n宛先 (ito@firma.example) への配信に成功しました。\n宛先 (sato@firma.example) は"
     "存在しません。配信できませんでした。\n  550 5.1.1 <sato@firma.example>: User unknown\n", "ito@firma.example",
     ("sato@firma.example", "user_unknown")),
    ("메일 전송 결과를 알려드립니다.\n수신자(park@firma.example)에게 성공적으로 전달되었습니다.\n수신자(kim@firma.example): 전송 "
     "실패 - 메일함 용량이 초과되었습니다.\n  552 5.2.2 Mailbox full\n", "park@firma.example", ("kim@firma.example", "mailbox_full")),
])
def test_per_recipient_success_lines_in_japanese_and_korean(body: str, delivered: str, failed: tuple) -> None:
    report = classify(mail(f"From: Mail System <mailer-daemon@firma.example>\nTo: bounces@shop.example\nSubject: Result\n"
                           f"{UTF8}", body))
    assert {(x.address, x.reason) for x in report.recipients} == {(delivered, "delivered"), failed}


def test_a_dane_records_lookup_error_is_the_destinations_dns_not_a_block() -> None:
    # (Postfix with DANE, RFC 7672: the TLSA record of the destination could not be looked up; sent with X.7.5)
    assert decide(status="4.7.5", diagnostic="delivery temporarily suspended: TLSA lookup error for mx.kommune.example:25",
                  action="delayed") == "network_error"


def test_a_delay_that_says_not_yet_delivered_successfully_is_no_success_line() -> None:
    # (Chinese: "the mail you sent to x@ could not yet be delivered successfully; the system keeps trying for 48 hours")
    body = ("系统通知：邮件延迟投递\n您发送给 zhao@gongsi.example 的邮件暂时未能投递成功，系统将在 48 小时内继续尝试投递，无需重新发送。\n"
            "原因：对方服务器暂时不可用，DNS 解析临时失败 (DNS temporary failure, SERVFAIL)。\n")
    report = classify(mail(f"From: 系统管理员 <postmaster@mail.qiye.example>\nTo: bounces@shop.example\n"
                           f"Subject: 系统退信通知：邮件延迟投递\n{UTF8}", body))
    assert report.kind == "delayed"
    assert [x.reason for x in report.recipients] != ["delivered"]


# ---- fifth round: forwards by strangers, platforms' own suppression -------------------------------------------------
def test_a_strangers_forward_of_the_delay_of_her_own_mail_to_a_third_party_is_none_of_ours() -> None:
    # (a customer forwards to us the delay of her own mail to her accountant: the report is about her mail, not ours)
    body = ("Hello,\n\nis this something on your side?\n\n-------- Forwarded Message --------\n"
            "Subject: Delayed Mail (still being retried)\nFrom: Mail Delivery System <MAILER-DAEMON@mail.corp.example>\n"
            "To: claire@corp.example\n\nThis is the mail system at host mail.corp.example.\n\n####################\n"
            "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################\n\n"
            "<jo@accountants.example>: host mx.accountants.example[192.0.2.80] said: 451 4.7.1 Greylisted, try again later "
            "(in reply to RCPT TO command)\n")
    report = classify(mail(f"From: Claire Benson <claire@corp.example>\nTo: bounces@shop.example\n"
                           f"Subject: Fwd: Delayed Mail (still being retried)\n{UTF8}", body))
    assert report.kind == "not_bounce"


@pytest.mark.parametrize("body", [
    # the platform sent nothing: the address was already on its suppression list (the reply it quotes is the earlier bounce's)
    "Message to peter@telia.example was not sent.\nRecipient: peter@telia.example\nReason:    The address is on your account's "
    "suppression list (hard bounce on 2025-01-03:\n           \"550 5.1.1 <peter@telia.example>: Recipient address "
    "rejected\").\n           We did not attempt delivery.\n",
    "Hello,\n\nWe did not send your campaign \"Summer sale\" to peter@telia.example.\n\nThis address is on your account's "
    "suppression list because an earlier message to it bounced on 2024-03-02.\n",
])
def test_a_platforms_own_suppression_is_suppressed_not_the_earlier_bounces_cause(body: str) -> None:
    report = classify(mail(f"From: Platform <noreply@platform.example>\nTo: ops@shop.example\n"
                           f"Subject: Message not sent: recipient suppressed\n{UTF8}", body))
    assert kind_and_reasons(report) == ("failed", [("peter@telia.example", "suppressed")])


@pytest.mark.parametrize("body, reason", [
    # a platform that says what it did after the server's refusal, with a link and in German: the server's words decide
    ("Recipient: a.kowalski@firma.example\nStatus:    Bounced (permanent)\nThe receiving server mx.firma.example responded "
     "with:\n  smtp;554 5.7.1 Service unavailable; Client host [192.0.2.25] blocked using zen.spamhaus.org;\n"
     "  https://www.spamhaus.org/query/ip/192.0.2.25\nThe address has been added to your suppression list.\n", "blocked"),
    ("Empfänger:       lena@gmx.example\nAntwort des Empfangsservers (mx00.gmx.example):\n  550 5.1.1 Requested action not "
     "taken: mailbox unavailable / Empfänger unbekannt\nDie Adresse wurde auf Ihre Sperrliste gesetzt und wird bei künftigen "
     "Versänden übersprungen.\n", "user_unknown"),
])
def test_a_platforms_notice_of_a_servers_refusal_keeps_the_servers_cause(body: str, reason: str) -> None:
    report = classify(mail(f"From: Versand <benachrichtigung@platform.example>\nTo: ops@shop.example\n"
                           f"Subject: Bounce notification\n{UTF8}", body))
    assert [x.reason for x in report.recipients] == [reason]


# ---- written last: a colleague's attached forward, notices in Finnish and Korean, Domino's mail file -------------------
def test_a_colleagues_forward_with_the_report_attached_is_that_report() -> None:
    report_part = ("MIME-Version: 1.0\nFrom: MAILER-DAEMON@mx-out.shop.example (Mail Delivery System)\n"
                   "Subject: Undelivered Mail Returned to Sender\nContent-Type: multipart/report; report-type=delivery-status; "
                   "boundary=\"r\"\n\n--r\nContent-Type: text/plain\n\n<vertrieb@exmaple-firma.example>: Host or domain name not "
                   "found. Name service error\n    for name=exmaple-firma.example type=A: Host not found\n\n--r\n"
                   "Content-Type: message/delivery-status\n\nReporting-MTA: dns; mx-out.shop.example\n\n"
                   "Final-Recipient: rfc822; vertrieb@exmaple-firma.example\nAction: failed\nStatus: 5.4.4\n"
                   "Diagnostic-Code: X-Postfix; Host or domain name not found\n\n--r--\n")
    raw = mail("From: Thomas Braun <thomas@shop.example>\nTo: bounces@shop.example\n"
               "Subject: WG: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"f\"",
               "--f\nContent-Type: text/plain; charset=utf-8\n\nTippfehler in der Domain im CRM? Bitte prüfen.\n\n--f\n"
               f"Content-Type: message/rfc822\n\n{report_part}\n--f--\n")
    assert kind_and_reasons(classify(raw)) == ("failed", [("vertrieb@exmaple-firma.example", "host_unknown")])


def test_a_strangers_attached_forward_of_a_report_stays_the_strangers_mail() -> None:
    # (a customer asking about a report on the customer's own mail: not a colleague of ours)
    raw = mail("From: Ben <ben@home.example>\nTo: bounces@shop.example\nSubject: Fwd: Undelivered Mail Returned to Sender\n"
               "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"f\"",
               "--f\nContent-Type: text/plain\n\nWhy do I get this?\n\n--f\nContent-Type: message/rfc822\n\n"
               "From: MAILER-DAEMON@mail.home.example\nSubject: Undelivered Mail Returned to Sender\n"
               "Content-Type: text/plain\n\n<friend@else.example>: host mx.else.example said: 550 5.1.1 User unknown\n\n--f--\n")
    assert classify(raw).kind != "failed"


@pytest.mark.parametrize("sender, body, address, reason", [
    # Finnish: "your message to the address x@ could not be delivered, because the recipient's mailbox is full"
    ("Postipalvelu <postipalvelu@yritys.example>", "Hei,\n\nViestiäsi osoitteeseen matti@yritys.example ei voitu toimittaa, "
     "koska vastaanottajan postilaatikko on täynnä.\n", "matti@yritys.example", "mailbox_full"),
    # Korean: "the message you sent to x@ was classified as spam and blocked"
    ("메일 보안 시스템 <mail-security@firma.example>", "안녕하세요,\n귀하가 lee@firma.example 에게 보낸 메시지가 스팸으로 분류되어 "
     "차단되었습니다.\n", "lee@firma.example", "spam_detected"),
])
def test_notices_in_finnish_and_korean(sender: str, body: str, address: str, reason: str) -> None:
    report = classify(mail(f"From: {sender}\nTo: bounces@shop.example\nSubject: Notice\n{UTF8}", body))
    assert kind_and_reasons(report) == ("failed", [(address, reason)])


def test_a_domino_mail_file_over_its_database_quota_is_a_full_mailbox() -> None:
    assert decide(status=None, diagnostic="Unable to deliver to elena@banca.example: The recipient's mail file has exceeded "
                                          "its database quota.") == "mailbox_full"


def test_a_gateways_notice_whose_sentence_names_no_one_and_its_field_names_its_own_recipient() -> None:
    body = ("WebShield SMTP has blocked a message you sent because it contained a\nfile type that is not permitted by this "
            "organisation's e-mail policy.\n\n  Subject:        June news\n  Recipient:      accounts@logistics.example\n"
            "  Banned file:    order_form.scr\n  Action taken:   The message was deleted and not delivered.\n")
    report = classify(mail(f"From: WebShield@logistics.example\nTo: bounces@shop.example\n"
                           f"Subject: Alert: WebShield SMTP detected a banned file in a message you sent\n{UTF8}", body))
    assert [x.address for x in report.recipients] == ["accounts@logistics.example"]
    assert report.kind == "failed"


def test_a_request_typed_on_a_phone_to_be_taken_off_ur_list() -> None:
    body = ("take me off ur list pls. not interested\n\nOn Tue, 28 Oct 2025 at 9:30 am, Shop <news@shop.example> wrote:\n"
            "> Last chance: clearance ends tonight\n")
    report = classify(mail(f"From: Wiremu K <wiremu@xtra.example>\nTo: Shop <news@shop.example>\n"
                           f"Subject: Re: Last chance: clearance ends tonight\n{UTF8}", body))
    assert kind_and_reasons(report) == ("unsubscribe", [("wiremu@xtra.example", "unsubscribe")])


def test_an_italian_thunderbird_forward_names_the_sender_mittente() -> None:
    body = ("Ciao, vedi sotto.\n\n-------- Messaggio Inoltrato --------\nOggetto: \tMail delivery failed: returning message to "
            "sender\nData: \tMon, 10 Mar 2025 09:12:01 +0100\nMittente: \tMail Delivery System <Mailer-Daemon@mx.shop.example>\n"
            "A: \tgiulia@shop.example\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This "
            "is a permanent error. The following address(es) failed:\n\n  rossi@azienda.example\n    Mailbox quota exceeded\n")
    report = classify(mail(f"From: Giulia Bianchi <giulia@shop.example>\nTo: bounces@shop.example\n"
                           f"Subject: I: Mail delivery failed: returning message to sender\n{UTF8}", body))
    assert kind_and_reasons(report) == ("failed", [("rossi@azienda.example", "mailbox_full")])
