"""Gateways' and webmail filters' wordings in more languages (thirty-second session): the recipient's personal list of
blocked senders, a recipient's receiving limit, our sender domain on an organisation's block list, encryption required,
a quarantine hold, malware in Hebrew, a message stopped "due to a policy"; a notice whose headline gives the cause above
its fields; notices that name our own message beside the words of a quarantine report; abuse desks, challenges and
auto-replies in more languages.

Each case is a wording written for the rule it tests (none copied from a sample): what the words mean decides, whatever
code a server sends them with.
"""
from __future__ import annotations

import pytest

from filter import classify
from filter.core.classifier import decide
from shapes import NULL, UTF8, auto_reply, kind_and_reasons, mail, notice


# ---- what the words mean ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("status, diagnostic, reason", [
    # the recipient's own list of blocked senders: a person's choice, the mailbox exists
    ("5.7.1", "550 5.7.1 Подателят е в личния списък с блокирани адреси на получателя.", "filtered"),
    ("5.7.1", "550 5.7.1 Odosielateľ je v osobnom zozname blokovaných odosielateľov príjemcu", "filtered"),
    ("5.7.1", "550 5.7.1 Odesílatel je na osobním seznamu blokovaných odesílatelů příjemce", "filtered"),
    ("5.7.1", "550 5.7.1 Nadawca znajduje się na osobistej liście zablokowanych nadawców odbiorcy", "filtered"),
    ("5.7.1", "550 5.7.1 Отправитель находится в личном списке заблокированных отправителей получателя", "filtered"),
    ("5.7.1", "550 5.7.1 Відправник у особистому списку заблокованих відправників одержувача", "filtered"),
    ("5.7.1", "550 5.7.1 Pošiljatelj je na osobnom popisu blokiranih pošiljatelja primatelja", "filtered"),
    ("5.7.1", "550 5.7.1 Pošiljatelj je na osebnem seznamu blokiranih pošiljateljev prejemnika", "filtered"),
    ("5.7.1", "550 5.7.1 A feladó szerepel a címzett személyes tiltólistáján", "filtered"),
    ("5.7.1", "550 5.7.1 Expeditorul se află în lista personală de expeditori blocați a destinatarului", "filtered"),
    ("5.7.1", "550 5.7.1 Lähettäjä on vastaanottajan henkilökohtaisella estettyjen lähettäjien listalla", "filtered"),
    ("5.7.1", "550 5.7.1 Avsändaren finns på mottagarens personliga lista över blockerade avsändare", "filtered"),
    ("5.7.1", "550 5.7.1 Avsenderen står på mottakerens personlige liste over blokkerte avsendere", "filtered"),
    ("5.7.1", "550 5.7.1 Ο αποστολέας βρίσκεται στην προσωπική λίστα αποκλεισμένων αποστολέων του παραλήπτη", "filtered"),
    # the recipient's receiving limit: our rate, for now
    ("4.7.0", "450 4.7.0 Перевищено ліміт отримання листів для цієї скриньки, спробуйте пізніше", "rate_limited"),
    ("4.7.0", "450 4.7.0 Превышен лимит получения писем для этого ящика, попробуйте позже", "rate_limited"),
    # our sender domain on the organisation's block list: our domain refused, never the person's filter
    (None, "Syy: Lähettäjän verkkotunnus (shop.example) on organisaation estoluettelossa.", "rejected"),
    (None, "Orsak: avsändarens domän (shop.example) finns på organisationens blockeringslista.", "rejected"),
    (None, "Årsag: afsenderens domæne shop.example står på organisationens blokeringsliste.", "rejected"),
    (None, "Årsak: avsenderens domene shop.example er på organisasjonens blokkeringsliste.", "rejected"),
    (None, "Důvod: doména odesílatele shop.example je na seznamu blokovaných domén organizace.", "rejected"),
    (None, "Powód: domena nadawcy shop.example znajduje się na liście zablokowanych domen organizacji.", "rejected"),
    # encryption the destination requires and did not get
    (None, "Priežastis: šiam domenui pranešimai turi būti siunčiami tik šifruotu ryšiu (TLS), tačiau šifruoto ryšio su "
           "jūsų serveriu nepavyko užmegzti.", "failed_starttls"),
    (None, "Αιτία: δεν ήταν δυνατό να δημιουργηθεί κρυπτογραφημένη σύνδεση (TLS) με τον διακομιστή σας.", "failed_starttls"),
    # held in quarantine, in Croatian and Serbian
    (None, "Vaša poruka zadržana je u karanteni i još nije isporučena.", "on_hold"),
    (None, "Ваша порука задржана је у карантину.", "on_hold"),
    # malware in Hebrew
    (None, "ההודעה שלך לא נמסרה לנמען מכיוון שנמצא בה קובץ מצורף זדוני (נוזקה).", "virus_detected"),
    # stopped by a rule of the site, no more said
    (None, "Your message was blocked due to a policy.", "policy_violation"),
    (None, "Ihre Nachricht wurde aufgrund einer Richtlinie blockiert.", "policy_violation"),
    (None, "Votre message a été bloqué en raison d'une règle de l'organisation.", "policy_violation"),
    (None, "Il messaggio è stato bloccato a causa di una policy aziendale.", "policy_violation"),
    (None, "Richtlinie: Makros in Office-Dokumenten nicht erlaubt", "policy_violation"),
    # the recipient's list of blocked senders named by whose it is
    ("5.7.1", "550 5.7.1 Afzender staat op de lijst met geblokkeerde afzenders van de ontvanger", "filtered"),
    ("5.7.1", "550 5.7.1 Mensaje rechazado: el remitente figura en la lista de remitentes bloqueados del destinatario.",
     "filtered"),
    ("5.7.1", "550 5.7.1 Gonderen alicinin engellenen gonderenler listesinde", "filtered"),
    ("5.7.1", "550 5.7.1 Der Absender steht auf der Liste der blockierten Absender des Empfängers", "filtered"),
    # a recipient's hourly receiving limit, in Polish
    ("4.2.1", "450 4.2.1 Odbiorca przekroczył limit odbieranych wiadomości, spróbuj później", "rate_limited"),
    # MDaemon's transcript: no local user of that name
    (None, "Unknown local user (buchhaltung@client.example) - rejecting", "user_unknown"),
    # a Domino mail file over its size: the recipient's mailbox
    (None, "Die Mail-Datei des Empfängers hat das Größenlimit überschritten (Maximum database size exceeded)",
     "mailbox_full"),
    # a virus scanner out of service, with the article (Norwegian, Danish): the receiving side's state
    ("4.3.0", "451 4.3.0 Virusskanneren er midlertidig utilgjengelig, prøv igjen senere", "system_error"),
    ("4.3.0", "451 4.3.0 Virusskanneren er midlertidigt utilgængelig", "system_error"),
])
def test_the_words_decide(status: str | None, diagnostic: str, reason: str) -> None:
    assert decide(status=status, diagnostic=diagnostic) == reason


@pytest.mark.parametrize("status, diagnostic, reason", [
    # a scanner that found a virus is a virus found, whatever language names the scanner
    ("5.7.1", "554 5.7.1 Virusskanneren fant et virus i vedlegget (Win.Trojan.Agent)", "virus_detected"),
    # stopped "due to" a cause other than a policy: that cause decides
    ("5.7.1", "554 5.7.1 Message blocked due to a virus found in the attachment", "virus_detected"),
    ("5.7.1", "554 5.7.1 Message rejected due to the SPF policy of the sender domain (SPF fail)", "auth_failure"),
    # a block list of the site's, not a person's: our host
    ("5.7.1", "554 5.7.1 Client host [192.0.2.7] blocked using zen.spamhaus.org", "blocked"),
])
def test_what_the_words_are_not(status: str | None, diagnostic: str, reason: str) -> None:
    assert decide(status=status, diagnostic=diagnostic) == reason


# ---- notices: the cause in the headline, a French quarantine, the fields of more languages -------------------------------
def test_a_headline_that_says_held_is_read_with_the_recipients_lines() -> None:
    body = ("Vaša poruka zadržana je u karanteni i još nije isporučena.\n\nPošiljatelj:  news@shop.example\n"
            "Primatelj:    marija@client.example\nPredmet:      June news\n\nPoruka čeka odobrenje administratora.\n")
    report = notice("Sigurnosni filtar e-pošte <postmaster@client.example>", "Poruka zadržana u karanteni", body)
    # (held, not yet delivered: a delay or a failure whose cause is the hold)
    assert report.kind in ("failed", "delayed")
    assert [(x.address, x.reason) for x in report.recipients] == [("marija@client.example", "on_hold")]


def test_a_german_block_by_a_policy_with_its_cause_between() -> None:
    body = ("Ihre Nachricht wurde aufgrund einer Richtlinie blockiert.\n\nEmpfänger:  service@client.example\n"
            "Betreff:    Zählerstände\nRichtlinie: Makros in Office-Dokumenten nicht erlaubt\nAktion:     Blockiert\n")
    report = notice("Mailfilter <postmaster@client.example>", "Nachricht blockiert: Zählerstände", body)
    assert kind_and_reasons(report) == ("failed", [("service@client.example", "policy_violation")])


def test_our_quarantined_message_beside_the_recipients_quarantine_report_is_a_report() -> None:
    body = ("Votre message a été mis en quarantaine.\n\nDestinataire : direction@client.example\nObjet : Proposition\n\n"
            "Le message n'a pas encore été remis. Le destinataire peut le libérer depuis son rapport de quarantaine.\n")
    report = notice("FortiMail <fortimail@client.example>", "Message mis en quarantaine : Proposition", body)
    assert [x.address for x in report.recipients] == ["direction@client.example"]
    assert report.kind in ("failed", "delayed")


def test_a_quarantine_report_sent_to_the_reader_is_still_no_report() -> None:
    body = ("Rapport de quarantaine\n\nLes messages suivants vous étaient destinés et ont été mis en quarantaine :\n\n"
            "De : promo@spammer.example\nObjet : Gagnez un iPhone\n")
    report = notice("FortiMail <fortimail@client.example>", "Rapport de quarantaine", body)
    assert report.kind == "not_bounce"


def test_a_finnish_notice_of_our_domain_on_the_organisations_block_list() -> None:
    body = ("Viestiäsi ei toimitettu seuraavalle vastaanottajalle:\n\n  eero@client.example\n\n"
            "Syy: Lähettäjän verkkotunnus (shop.example) on organisaation estoluettelossa.\n\n"
            "Lähettäjä: news@shop.example\nAihe:      June news\n")
    report = notice("Sähköpostisuodatin <postmaster@client.example>", "Viestiä ei toimitettu", body)
    assert kind_and_reasons(report) == ("failed", [("eero@client.example", "rejected")])


def test_a_lithuanian_notice_of_encryption_required() -> None:
    body = ("Jūsų pranešimo nepavyko pristatyti gavėjui:\n\n  rasa@client.example\n\n"
            "Priežastis: šiam domenui pranešimai turi būti siunčiami tik šifruotu ryšiu\n(TLS), tačiau šifruoto ryšio su "
            "jūsų serveriu nepavyko užmegzti.\n\nSiuntėjas: news@shop.example\n")
    report = notice("\"El. pašto šliuzas\" <postmaster@client.example>", "Pranešimas nepristatytas", body)
    assert kind_and_reasons(report) == ("failed", [("rasa@client.example", "failed_starttls")])


def test_a_hebrew_product_notice_names_the_recipient_in_its_to_field() -> None:
    body = ("Check Point Harmony Email & Collaboration\n\nההודעה שלך לא נמסרה לנמען מכיוון שנמצא בה קובץ מצורף זדוני (נוזקה).\n\n"
            "מאת:    news@shop.example\nאל:     levi@client.example\nנושא:   June news\n")
    report = notice("Check Point Harmony Email <no-reply@harmony.client.example>", "ההודעה שלך נחסמה", body, null=True)
    assert kind_and_reasons(report) == ("failed", [("levi@client.example", "virus_detected")])


def test_a_slovenian_release_and_delivery_is_a_delivery() -> None:
    body = ("Vaše sporočilo, ki je bilo zadržano v karanteni, je skrbnik sprostil.\n\nPošiljatelj:  news@shop.example\n"
            "Prejemnik:    luka@client.example\n\nSporočilo je bilo sproščeno iz karantene in dostavljeno prejemniku.\n")
    report = notice("Varnostni prehod e-pošte <postmaster@client.example>", "Sporočilo sproščeno in dostavljeno", body)
    assert kind_and_reasons(report) == ("delivered", [("luka@client.example", "delivered")])


def test_a_serbian_list_hold_names_the_list() -> None:
    body = ("Ваша порука за 'Prodaja' с насловом\n\n    June news\n\nсе задржава док је модератор листе не прегледа и "
            "одобри.\n\nРазлог задржавања је:\n\n    Пошиљалац није члан листе\n")
    report = classify(mail("From: prodaja-request@lists.client.example\nTo: news@shop.example\n"
                           f"Subject: Ваша порука за Prodaja чека одобрење модератора\n{UTF8}", body))
    assert kind_and_reasons(report) == ("failed", [("prodaja@lists.client.example", "on_hold")])


# ---- abuse desks, challenges, auto-replies ----------------------------------------------------------------------------
@pytest.mark.parametrize("sender, subject, body, complainant", [
    ("Служба абуз <abuse@isp.example>", "Скарга на спам",
     "Шановні колеги,\nнаш абонент olena@isp.example поскаржився на небажаний лист (спам), надісланий з вашої мережі.\n",
     "olena@isp.example"),
    ("Jabatan Penyalahgunaan <abuse@isp.example>", "Aduan spam",
     "Tuan/Puan,\n\nPelanggan kami, aisyah@isp.example, telah membuat aduan bahawa mesej di bawah ialah e-mel spam.\n",
     "aisyah@isp.example"),
    ("واحد رسیدگی به سوءاستفاده <abuse@isp.example>", "شکایت هرزنامه",
     "با سلام،\nمشترک ما با نشانی reza@isp.example این نامه را به عنوان هرزنامه (اسپم) شکایت کرده است.\n",
     "reza@isp.example"),
])
def test_an_abuse_desks_complaint_in_three_more_languages(sender: str, subject: str, body: str, complainant: str) -> None:
    report = classify(mail(f"From: {sender}\nTo: news@shop.example\nSubject: {subject}\n{UTF8}", body))
    assert kind_and_reasons(report) == ("complaint", [(complainant, "complaint")])


def test_a_ukrainian_who_complains_to_a_friend_is_no_desk() -> None:
    body = "Привіт! Я вчора поскаржився на сусіда, бо він знову шумів.\n"
    report = classify(mail(f"From: Олег <oleh@isp.example>\nTo: news@shop.example\nSubject: Привіт\n{UTF8}", body))
    assert report.kind != "complaint"


@pytest.mark.parametrize("sender, subject, body, protected", [
    ("E-posti kaitse <verify@client.example>", "Palun kinnitage oma saatmine",
     "Tere!\nSaatsite kirja aadressile mart@client.example. Meie organisatsiooni rämpsposti filter ei tunne teie aadressi "
     "veel ära.\nEt tõendada, et olete inimene, mitte automaatne saatja, klõpsake allolevat linki:\n"
     "  https://verify.client.example/c/7f3a91\n", "mart@client.example"),
    ("\"Spamschutz\" <noreply-spamschutz@client.example>", "Bitte bestätigen Sie Ihre Nachricht an kurt@client.example",
     "Guten Tag,\nSie haben eine E-Mail an kurt@client.example gesendet.\nDer Empfänger schützt sein Postfach mit einer "
     "Absenderbestätigung. Bitte bestätigen Sie einmalig, dass Sie kein automatisiertes System sind:\n"
     "https://spamschutz.client.example/b?id=Q7T3\n", "kurt@client.example"),
])
def test_a_challenge_in_estonian_and_german(sender: str, subject: str, body: str, protected: str) -> None:
    report = classify(mail(f"{NULL}From: {sender}\nTo: news@shop.example\nSubject: {subject}\n{UTF8}", body))
    assert kind_and_reasons(report) == ("challenge", [(protected, "challenge")])


def test_an_estonian_outlook_auto_reply_subject() -> None:
    report = auto_reply("Tere!\n\nOlen puhkusel kuni 25.10. Kiireloomulistes küsimustes pöörduge info@firm.example.\n",
                        sender="Kadri Saar <kadri@firm.example>", subject="Automaatvastus: June news")
    assert kind_and_reasons(report) == ("auto_reply", [("kadri@firm.example", "auto_reply")])


def test_a_norwegian_reader_asks_to_leave_the_mailing_list() -> None:
    body = "Hei,\n\nVennligst fjern meg fra e-postlisten deres. Jeg ønsker ikke å motta flere nyhetsbrev.\n\nMvh\nIngrid\n"
    report = classify(mail(f"From: Ingrid Solberg <ingrid@client.example>\nTo: news@shop.example\nSubject: SV: June news\n"
                           f"In-Reply-To: <june.1@shop.example>\n{UTF8}", body))
    assert kind_and_reasons(report) == ("unsubscribe", [("ingrid@client.example", "unsubscribe")])


def test_a_finnish_notice_of_an_address_taken_out_of_use_names_it_not_the_new_one() -> None:
    body = ("Osoite mikko@oldschool.example on poistettu käytöstä.\nUusi osoite: mikko@newschool.example\n\n"
            "Viestiäsi ei toimitettu vastaanottajalle.\n")
    report = notice("Postmaster <postmaster@oldschool.example>", "Viestiä ei toimitettu", body)
    assert kind_and_reasons(report) == ("failed", [("mikko@oldschool.example", "has_moved")])


def test_a_hold_for_a_sandboxs_analysis_named_by_the_product_is_no_malware_found() -> None:
    body = ("Il suo messaggio è stato trattenuto nella quarantena di analisi file (Secure Malware Analytics). Un allegato "
            "viene analizzato.\n\nMittente:     news@shop.example\nDestinatario: rossi@client.example\n"
            "Motivo:       Allegato inviato per analisi file\n")
    report = notice("Cisco Secure Email <noreply@client.example>", "Messaggio trattenuto: analisi del file in corso", body)
    assert [(x.address, x.reason) for x in report.recipients] == [("rossi@client.example", "on_hold")]


def test_a_list_moderators_refusal_names_the_list_not_its_administrators_address() -> None:
    # (the letter's long text above the administrator's address is no headline: the list refused the post)
    body = ("Your message to the birding list with the subject\n\n    Binocular sale\n\nwas rejected by the list moderator.  "
            "The moderator gave the following reason:\n\n    Commercial announcements are not allowed on this list.\n\n"
            "Any questions or comments should be directed to the list administrator at:\n\n"
            "    birding-owner@groups.client.example\n")
    report = classify(mail("From: birding-bounces@groups.client.example\nTo: news@shop.example\n"
                           f"Subject: Request to mailing list birding rejected\n{UTF8}", body))
    assert kind_and_reasons(report) == ("failed", [("birding@groups.client.example", "rejected")])


# ---- recipients: a pasted original's first field, a reply's bracketed address, a subject's ---------------------------------
def test_a_groupwise_report_of_a_lists_post_names_the_member_by_the_pasted_originals_received_for() -> None:
    # (the report text is cut at the pasted header block's first field: that field, the Received line naming the member, is
    # the original's own)
    body = ("The message that you sent was undeliverable to the following:\n\tsmorrow (user not found)\n\n"
            "Possibly truncated original message follows:\n\n"
            "Received: from lists.college.example (lists.college.example [198.51.100.25])\n"
            "\tby gwia.county.example with ESMTP id BD79851AD8\n\tfor <smorrow@county.example>; Wed, 14 Mar 2007 14:10:00 -0500\n"
            "From: Alumni News <alumni-news@lists.college.example>\nTo: alumni-news@lists.college.example\n"
            "Subject: [Alumni-News] Winter issue\nList-Id: Alumni News <alumni-news.lists.college.example>\n\nDear members,\n")
    for crlf in (False, True):
        report = classify(mail("From: Mail Delivery System <postmaster@county.example>\n"
                               "To: alumni-news-bounces@lists.college.example\nSubject: Message status - undeliverable\n"
                               "MIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\n", body, crlf=crlf))
        assert kind_and_reasons(report) == ("failed", [("smorrow@county.example", "user_unknown")])


def test_an_abuse_desks_complaint_named_by_what_it_is_about() -> None:
    body = ("Dear Customer,\n\nWe have received a complaint about unsolicited commercial email sent from an IP address\n"
            "assigned to your account (198.51.100.24).\n\nComplainant: n.petrakis@isp.example\n"
            "The recipient states that they never subscribed to your mailing list.\n")
    report = classify(mail("From: Abuse Department <abuse@hosting.example>\nTo: news@shop.example\n"
                           "Subject: [Abuse #AB-558120] Spam complaint regarding 198.51.100.24\n" + UTF8, body))
    assert kind_and_reasons(report) == ("complaint", [("n.petrakis@isp.example", "complaint")])


def test_a_gateways_notice_names_the_address_its_quoted_reply_refuses_not_the_one_unaffected() -> None:
    body = ("Message <20240403131201.5d1e@out2.shop.example>\nfrom <news@shop.example> (envelope <bounce@shop.example>)\n"
            "to <t.obrien@clinic.example>\nwas rejected by the gateway at 2024-04-03 13:13:12 UTC.\n\n"
            "Reason: 550 5.1.1 <t.obrien@clinic.example>: recipient does not exist here\n\n"
            "Other recipients of this message (dept-ops@clinic.example) were not affected.\n")
    for crlf in (False, True):
        report = classify(mail("From: Mail Gateway <gateway-noreply@clinic.example>\nTo: bounce@shop.example\n"
                               "Subject: Message rejected: <20240403131201.5d1e@out2.shop.example>\n" + UTF8, body, crlf=crlf))
        assert kind_and_reasons(report) == ("failed", [("t.obrien@clinic.example", "user_unknown")])


def test_a_notice_that_names_its_recipient_only_in_its_subject() -> None:
    body = ("Your message could not be delivered to the recipient.\n\nReason: the recipient's mailbox has exceeded its storage "
            "limit.\nError code: 552 5.2.2\n\nThe message has been deleted.\n")
    report = classify(mail("From: Mail Server <postmaster@hotels.example>\nTo: news@shop.example\n"
                           "Subject: Undeliverable message to <reservations@hotels.example>\n" + UTF8, body))
    assert kind_and_reasons(report) == ("failed", [("reservations@hotels.example", "mailbox_full")])


# ---- temporary failures: Exchange's localised attempts, Postfix's greeting time-out ----------------------------------------
def _exchange_delay(text_lines: str) -> bytes:
    return mail("From: Microsoft Outlook <MicrosoftExchange329e71ec88ae@shop.example>\nTo: orders@shop.example\n"
                "Subject: Zustellung verzögert:Auftrag 1177\nMIME-Version: 1.0\n"
                "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\n",
                "--b1\nContent-Type: text/plain; charset=utf-8\n\n"
                "Die Zustellung an diese Empfänger oder Gruppen verzögert sich:\n\nthomas@client.example (thomas@client.example)\n\n"
                "Diese Nachricht wurde noch nicht zugestellt. Es wird weiterhin versucht, die Nachricht zuzustellen.\n\n"
                "Diagnoseinformationen für Administratoren:\n\nGenerierender Server: EX01.shop.local\n\nthomas@client.example\n"
                + text_lines +
                "\n--b1\nContent-Type: message/delivery-status\n\nReporting-MTA: dns;EX01.shop.local\n\n"
                "Final-Recipient: rfc822;thomas@client.example\nAction: delayed\nStatus: 4.4.7\n"
                "Diagnostic-Code: smtp;400 4.4.7 Message delayed\n\n--b1--\n")


def test_a_german_exchange_delay_reads_the_cause_from_its_latest_attempt() -> None:
    raw = _exchange_delay("Remoteserver hat '400 4.4.7 Message delayed' zurückgegeben.\n"
                          "21.03.2025 11:31:02 - Remoteserver unter mail.client.example (198.51.100.74) hat '451 4.4.0 Primary "
                          "target IP address responded with: \"421 4.4.2 Connection dropped due to SocketError.\" Attempted "
                          "failover to alternate host, but that did not succeed.' zurückgegeben.\n")
    report = classify(raw)
    assert kind_and_reasons(report) == ("delayed", [("thomas@client.example", "network_error")])
    assert report.recipients[0].status == "4.4.0"


def test_a_german_exchange_delay_without_an_attempt_keeps_its_own_words() -> None:
    report = classify(_exchange_delay("Remoteserver hat '400 4.4.7 Message delayed' zurückgegeben.\n"))
    assert report.kind == "delayed"
    assert report.recipients[0].status == "4.4.7"


def _postfix_final(status: str, action: str, text: str) -> bytes:
    return mail("From: MAILER-DAEMON@mx.shop.example\nTo: bounce@shop.example\nSubject: Undelivered Mail Returned to Sender\n"
                "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\n",
                "--b1\nContent-Type: text/plain\n\nThis is the mail system at host mx.shop.example.\n\n"
                "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n"
                f"<ops@client.example>: {text}\n\n--b1\nContent-Type: message/delivery-status\n\n"
                "Reporting-MTA: dns; mx.shop.example\n\nFinal-Recipient: rfc822; ops@client.example\n"
                f"Action: {action}\nStatus: {status}\n\n--b1--\n")


def test_a_final_report_after_greeting_time_outs_is_expired() -> None:
    text = ("conversation with mail.client.example[203.0.113.211] timed out while receiving the\n    initial server "
            "greeting")
    assert kind_and_reasons(classify(_postfix_final("4.4.2", "failed", text))) == \
        ("failed", [("ops@client.example", "expired")])
    # (while the MTA still tries, the same words are the network's)
    assert kind_and_reasons(classify(_postfix_final("4.4.2", "delayed", text))) == \
        ("delayed", [("ops@client.example", "network_error")])


# ---- the third round: a Domino German notice, a Latvian one marked auto-replied, desks, a Spanish challenge ----------------
def test_a_german_domino_notice_with_its_cause_below() -> None:
    body = ("Ihre Nachricht\n\n  Betreff: [Sem-Mathe] Vortrag\n\nwurde aus folgendem Grund nicht zugestellt:\n\n"
            "  Die Mail-Datei des Empfängers hat das Größenlimit überschritten (Maximum database size exceeded)\n\nan:\n\n"
            "  g.maier@client.example\n")
    report = classify(mail("From: Mail Delivery Failure <postmaster@client.example>\nTo: seminar-bounces@lists.shop.example\n"
                           "Subject: Zustellungsfehler: [Sem-Mathe] Vortrag\n" + UTF8, body))
    assert kind_and_reasons(report) == ("failed", [("g.maier@client.example", "mailbox_full")])


def test_a_latvian_postmasters_notice_marked_auto_replied_is_a_report() -> None:
    body = ("Jūsu ziņojumu nevarēja piegādāt.\n\nSaņēmējs: ilze@client.example\nTēma: Rudens tējas\n"
            "Iemesls: saņēmēja pastkaste ir pilna (552 5.2.2)\n")
    report = classify(mail("From: Pasta serveris <postmaster@client.example>\nTo: bounce@shop.example\n"
                           "Subject: Ziņojums nav piegādāts\nAuto-Submitted: auto-replied\n" + UTF8, body))
    assert kind_and_reasons(report) == ("failed", [("ilze@client.example", "mailbox_full")])


@pytest.mark.parametrize("sender, subject, body, complainant", [
    ("Abuse-Team <abuse@isp.example>", "Beschwerde über unerwünschte Werbe-E-Mail [Ticket#2024110500123]",
     "Sehr geehrte Damen und Herren,\nwir haben eine Beschwerde über eine unerwünschte Werbe-E-Mail (Spam) erhalten,\n"
     "die von Ihrem System versendet wurde.\nBeschwerdeführer: sabine@isp.example\n", "sabine@isp.example"),
    ("Broadband Abuse <abuse-reports@isp.example>", "Spam report regarding mail from your network [NW-884213]",
     "Hello,\nOne of our customers has reported a message that originated from your network\nas spam. The report was filed "
     "by the subscriber <gwen@isp.example>.\n\nReported message follows:\n-----\nFrom: \"Shop\" <news@shop.example>\n"
     "To: gwen@isp.example\nSubject: Weekly picks\n", "gwen@isp.example"),
])
def test_a_desks_complaint_said_another_way(sender: str, subject: str, body: str, complainant: str) -> None:
    report = classify(mail(f"From: {sender}\nTo: news@shop.example\nSubject: {subject}\n{UTF8}", body))
    assert kind_and_reasons(report) == ("complaint", [(complainant, "complaint")])


def test_a_person_who_reported_a_message_as_spam_to_a_friend_is_no_desk() -> None:
    body = "Hi Tom,\n\nI have reported the message you forwarded as spam, thanks for the warning.\n"
    report = classify(mail(f"From: Ann <ann@isp.example>\nTo: news@shop.example\nSubject: that mail\n{UTF8}", body))
    assert report.kind != "complaint"


def test_a_spanish_challenge_that_delivers_after_verification() -> None:
    body = ("Hola,\nHe recibido su mensaje, pero utilizo un sistema de protección contra correo no\ndeseado. Para que su mensaje "
            "llegue a mi bandeja de entrada, confirme que es una\npersona haciendo clic en el siguiente enlace:\n"
            "  https://antispam.client.example/verificar?id=9a7c\nSu mensaje se entregará tras la verificación.\n")
    report = classify(mail("From: Verificación de remitente <verificacion@antispam.client.example>\nTo: news@shop.example\n"
                           "Subject: Verificación pendiente: su mensaje a jorge@client.example\nAuto-Submitted: auto-replied\n"
                           + UTF8, body))
    assert kind_and_reasons(report) == ("challenge", [("jorge@client.example", "challenge")])


def test_an_original_addressed_to_ourselves_names_its_recipient_by_the_received_for_clause() -> None:
    body = ("The message that you sent was undeliverable for the following reason:\nThe user account does not exist on this "
            "system.\n\nOriginal message follows:\n\nReceived: from out-07.mailer.shop.example ([198.51.100.27])\n"
            "\tby gw.county.example with ESMTP; Sat, 09 Nov 2024 08:00:00 -0600\n\tfor <m.tremblay@county.example>\n"
            "From: \"Shop\" <newsletter@shop.example>\nTo: \"Subscribers\" <newsletter@shop.example>\nSubject: Weekly picks\n\n"
            "This week's picks ...\n")
    report = classify(mail("From: Mail Delivery System <postmaster@gw.county.example>\nTo: bounce@shop.example\n"
                           "Subject: Message status - undeliverable\n" + UTF8, body))
    assert kind_and_reasons(report) == ("failed", [("m.tremblay@county.example", "user_unknown")])


def test_a_german_subject_that_names_the_recipient() -> None:
    body = ("Ihre Nachricht vom 10.11.2024 07:29 mit dem Betreff\n\"Winterteemischungen\" konnte nicht zugestellt werden:\n\n"
            "Das Postfach des Empfängers ist voll. Bitte versuchen Sie es später erneut.\n")
    report = classify(mail("From: Mailer <mailer-daemon@mx.client.example>\nTo: bounce@shop.example\n"
                           "Subject: Unzustellbare Nachricht an <t.gruber@client.example>\n" + UTF8, body))
    assert [(x.address, x.reason) for x in report.recipients] == [("t.gruber@client.example", "mailbox_full")]


def test_a_reader_who_asks_to_take_a_relatives_name_off_the_list() -> None:
    body = ("Please take my mother's name off your mailing list. She passed away in August and I am closing\n"
            "out her email. Thank you for the good work you do.\n\nCarol\n")
    report = classify(mail(f"From: Carol O <carol@isp.example>\nTo: news@shop.example\nSubject: Re: Giving Tuesday\n"
                           f"In-Reply-To: <gt.1@shop.example>\n{UTF8}", body))
    assert kind_and_reasons(report) == ("unsubscribe", [("carol@isp.example", "unsubscribe")])


# ---- the fourth round: localised delays, subjects, unaffected recipients, quoted subjects ------------------------------------
@pytest.mark.parametrize("verb_line, reason", [
    # (Swedish, Polish and Czech Exchange: the attempt's reply quoted after the verb of each language)
    ("03.03.2025 13:02:44 - Fjärrservern på mx.client.example (192.0.2.61) returnerade '441 4.4.1 Error encountered while "
     "communicating with primary target IP address: \"421 4.4.2 Connection dropped due to SocketError.\"'", "network_error"),
    ("03.03.2025 13:02:44 - Serwer zdalny pod adresem mx.client.example (192.0.2.77) zwrócił '452 4.2.2 "
     "<thomas@client.example>: Mailbox full, quota exceeded'", "mailbox_full"),
])
def test_an_exchange_delay_in_more_languages_reads_its_latest_attempt(verb_line: str, reason: str) -> None:
    report = classify(_exchange_delay(f"Remoteserver hat '400 4.4.7 Message delayed' zurückgegeben.\n{verb_line}\n"))
    assert kind_and_reasons(report) == ("delayed", [("thomas@client.example", reason)])


@pytest.mark.parametrize("subject", [
    "Message non remis à <c.dubois@client.example>", "Onbestelbaar bericht aan <c.dubois@client.example>",
    "Mensaje no entregado a <c.dubois@client.example>",
])
def test_a_subject_that_names_the_recipient_in_more_languages(subject: str) -> None:
    body = "Le serveur de destination a répondu :\n   550 5.1.1 Adresse destinataire inconnue\n"
    report = classify(mail(f"From: Administrateur <postmaster@client.example>\nTo: bounce@shop.example\nSubject: {subject}\n"
                           + UTF8, body))
    assert kind_and_reasons(report) == ("failed", [("c.dubois@client.example", "user_unknown")])


def test_the_recipients_a_notice_says_were_not_affected_are_no_failures() -> None:
    body = ("Ihre Nachricht konnte an einen Empfänger nicht zugestellt werden.\nDer Zielserver antwortete: 550 5.1.1 "
            "<l.weber@client.example>: Recipient address rejected: User unknown in virtual mailbox table\n"
            "Andere Empfänger (a.schulz@client.example) waren nicht betroffen.\n")
    report = classify(mail("From: Mail-Gateway <postmaster@client.example>\nTo: bounce@shop.example\n"
                           "Subject: Zustellung an einen Empfänger fehlgeschlagen\n" + UTF8, body))
    assert kind_and_reasons(report) == ("failed", [("l.weber@client.example", "user_unknown")])


def test_a_subject_restated_in_quotes_in_the_reports_sentence_is_no_cause() -> None:
    said = "Your message \"Account suspended? Reactivate your loyalty card today\" to p@client.example could not be delivered."
    assert decide(status=None, diagnostic=said) in ("on_hold", "undefined")
    # (the cause the server said beside it still decides)
    assert decide(status=None, diagnostic=said + " 550 5.1.1 User unknown") == "user_unknown"


def test_a_post_to_our_own_list_at_another_of_our_hosts_names_its_member_by_received_for() -> None:
    original = ("Received: from mta1.news.shop.example (mta1.news.shop.example [198.51.100.25])\n\tby mx.client.example "
                "(Postfix) with ESMTPS id 7B21C\n\tfor <i.nagy@client.example>; Mon,  3 Mar 2025 09:14:40 +0100\n"
                "Received: from lists.shop.example (lists.shop.example [198.51.100.30])\n\tby mta1.news.shop.example (Postfix)\n"
                "\tfor <members@lists.shop.example>; Mon,  3 Mar 2025 09:14:39 +0100\n"
                "From: Shop <hello@news.shop.example>\nTo: Shop members <members@lists.shop.example>\nSubject: Spring\n\nHello\n")
    raw = mail("Return-Path: <>\nFrom: Levelezőrendszer <postmaster@client.example>\nTo: bounces@news.shop.example\n"
               "Subject: Kézbesíthetetlen üzenet\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b1\"\n",
               "--b1\nContent-Type: text/plain; charset=utf-8\n\nAz Ön üzenetét nem sikerült kézbesíteni.\n"
               "Ok: a címzett postafiókja nem létezik (550 5.1.1 User unknown).\n\n--b1\nContent-Type: message/rfc822\n\n"
               + original + "\n--b1--\n")
    assert kind_and_reasons(classify(raw)) == ("failed", [("i.nagy@client.example", "user_unknown")])


def test_an_italian_release_delivered_and_a_challenge_in_italian() -> None:
    body = ("Il messaggio inviato a f.conti@client.example è stato rilasciato dalla quarantena e recapitato al destinatario.\n"
            "Mittente:  hello@shop.example\n")
    report = notice("Sicurezza Posta <postmaster@client.example>", "Messaggio rilasciato: La selezione", body)
    assert kind_and_reasons(report) == ("delivered", [("f.conti@client.example", "delivered")])
    body = ("Gentile mittente,\nil destinatario v.rinaldi@client.example utilizza un sistema di protezione dallo spam.\n"
            "Per confermare di essere una persona e non un sistema automatico, fai clic sul collegamento seguente:\n"
            "https://antispam.client.example/verify?id=7f3a\nIl tuo messaggio sarà consegnato dopo la verifica.\n")
    report = classify(mail("From: Verifica mittente <verifica@antispam.client.example>\nTo: news@shop.example\n"
                           "Subject: Verifica richiesta: La selezione\n" + UTF8, body))
    assert kind_and_reasons(report) == ("challenge", [("v.rinaldi@client.example", "challenge")])


@pytest.mark.parametrize("text", [
    "La base de courrier du destinataire a dépassé sa taille limite",
    "The recipient's mail database has exceeded its size limit",
])
def test_a_domino_mail_database_over_its_size_is_a_full_mailbox(text: str) -> None:
    assert decide(status=None, diagnostic=text) == "mailbox_full"


# ---- the fifth round: gateways' notices in their customers' languages -----------------------------------------------------
@pytest.mark.parametrize("sender, subject, body", [
    # a daily digest of mail held for the reader (German: "4 E-Mails an Ihre Adresse in die Quarantäne verschoben")
    ("Hornetsecurity Spam-Report <report@hornetsecurity.example>", "Ihr täglicher Spam-Report (4 neue E-Mails)",
     "Spam-Report für bounces@shop.example\nIn den letzten 24 Stunden wurden 4 E-Mails an Ihre Adresse in die Quarantäne "
     "verschoben.\nDatum              Absender                         Betreff\n"
     "01.12.2026 22:14   promo@gewinnspiel.example     Sie haben gewonnen!!!\n"),
    # malware in a message sent TO us (Dutch: "een bericht dat aan u (x@) was gericht")
    ("Sophos Email <do-not-reply@email-protect.sophos.example>", "Quarantainemelding: Uw pakket kon niet worden bezorgd",
     "Er is een bericht voor u in quarantaine geplaatst\nSophos Email heeft een bericht dat aan u (bounces@shop.example) was "
     "gericht\ntegengehouden omdat het malware bevatte.\n\nVan:       factuur@parcel-track.example\n"),
])
def test_notices_about_mail_to_us_in_more_languages_are_no_reports(sender: str, subject: str, body: str) -> None:
    report = classify(mail(f"From: {sender}\nTo: bounces@shop.example\nSubject: {subject}\n{UTF8}", body))
    assert report.kind == "not_bounce"


@pytest.mark.parametrize("sender, subject, body, recipient, reason", [
    # MailScanner's French template, the recipient under "À :"
    ("MailScanner <postmaster@client.example>", "Attention : virus détecté dans un message",
     "Notre détecteur de virus a été déclenché par un message que vous avez envoyé :\n  À : gestion@client.example\n"
     "  Objet : Facture 2026-311\nLes parties infectées du message (Facture.zip) n'ont pas été remises.\n"
     "Rapport du détecteur :\n   ClamAV: Facture.zip->Facture.js was infected: Js.Downloader.Agent-9991234-0\n",
     "gestion@client.example", "virus_detected"),
    # ESET's Italian notice to the sender
    ("ESET Mail Security <eset@client.example>", "Minaccia rilevata: Ordine 2026/4471",
     "ESET Mail Security - notifica al mittente\nNel messaggio inviato a magazzino@client.example è stata rilevata una "
     "minaccia.\nOggetto:   Ordine 2026/4471\nMinaccia:  VBA/TrojanDownloader.Agent.ZRT\nAzione:    allegato eliminato\n",
     "magazzino@client.example", "virus_detected"),
    # a hold in the recipient's quarantine, for the recipient to review: no challenge, nothing asked of us
    ("Spamina <quarantine@spamina.example>", "Mensaje retenido: Renovación de su póliza",
     "Su mensaje ha sido retenido\nEl mensaje que envió a lmartin@client.example ha quedado retenido en la cuarentena\n"
     "del destinatario y está pendiente de revisión.\nSi el destinatario lo libera, se entregará automáticamente.\n",
     "lmartin@client.example", "on_hold"),
])
def test_gateways_notices_to_the_sender_in_their_customers_languages(sender: str, subject: str, body: str, recipient: str,
                                                                     reason: str) -> None:
    report = notice(sender, subject, body, null=True)
    assert report.kind in ("failed", "delayed")
    assert [(x.address, x.reason) for x in report.recipients] == [(recipient, reason)]


@pytest.mark.parametrize("status, diagnostic, reason", [
    ("5.7.1", "550 5.7.1 <dra.simone@client.example>: Mensagem recusada pelo filtro do destinatario (remetente bloqueado "
              "pelo usuario)", "filtered"),
    ("5.7.1", "550 5.7.1 Mensagens de marketing nao sao aceitas por politica desta organizacao", "policy_violation"),
])
def test_portuguese_refusals_by_the_person_and_by_the_organisation(status: str, diagnostic: str, reason: str) -> None:
    assert decide(status=status, diagnostic=diagnostic) == reason


def test_an_arabic_reader_asks_to_leave_the_mailing_list() -> None:
    body = "السلام عليكم\nالرجاء إلغاء اشتراكي من قائمتكم البريدية وعدم إرسال أي عروض إلى هذا البريد مرة أخرى.\nشكراً\n"
    report = classify(mail(f"From: Abu Faisal <abu@isp.example>\nTo: news@shop.example\nSubject: RE: عروض العيد\n{UTF8}",
                           body))
    assert kind_and_reasons(report) == ("unsubscribe", [("abu@isp.example", "unsubscribe")])


# ---- the last round ------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("status, diagnostic, reason", [
    ("5.7.1", "550 5.7.1 El remitent és a la llista de remitents bloquejats del destinatari", "filtered"),
    ("5.7.1", "550 5.7.1 Pengirim diblokir oleh penerima", "filtered"),
    ("5.7.1", "550 5.7.1 Dominio remitente news.shop.example bloqueado por la organizacion", "rejected"),
    ("5.7.1", "550 5.7.1 Mensaje rechazado debido a una directiva de la organizacion", "policy_violation"),
    ("5.7.1", "550 5.7.1 Bericht geweigerd vanwege organisatiebeleid", "policy_violation"),
    ("4.3.0", "451 4.3.0 Viruskontrollen är tillfälligt otillgänglig, försök igen senare", "system_error"),
    (None, "Le fichier de messagerie du destinataire a dépassé sa taille maximale autorisée.", "mailbox_full"),
])
def test_the_last_rounds_words(status: str | None, diagnostic: str, reason: str) -> None:
    assert decide(status=status, diagnostic=diagnostic) == reason


def test_a_restated_subject_field_in_a_notice_is_no_cause() -> None:
    body = ("No se pudo entregar su mensaje al siguiente destinatario.\n   Para:     roberto@client.example\n"
            "   Asunto:   ¿Su buzón está lleno? Amplíe su almacenamiento hoy\n   Enviado:  Tue, 11 Mar 2025 22:18:44 +0900\n")
    report = classify(mail("From: Sistema de correo <postmaster@client.example>\nTo: bounce@shop.example\n"
                           "Subject: Mensaje no entregado\n" + UTF8, body))
    assert report.recipients and report.recipients[0].reason in ("on_hold", "undefined")


@pytest.mark.parametrize("sender, subject, body, complainant", [
    ("Abuse Team <abuse@isp.example>", "Segnalazione abuso [#IT-88213]",
     "Gentile amministratore,\nabbiamo ricevuto un reclamo relativo a un'e-mail pubblicitaria non richiesta\nproveniente dalla "
     "vostra rete.\n\n--- Messaggio segnalato ---\nFrom: Shop <news@shop.example>\nTo: marco@isp.example\nSubject: Spring\n",
     "marco@isp.example"),
    ("NetLuso Abuse <abuse@isp.example>", "Notificação de spam",
     "Caro administrador,\nUm dos nossos clientes denunciou como spam uma mensagem enviada a partir do\nseu servidor.\n\n"
     "--- Cabeçalhos da mensagem denunciada ---\nFrom: Shop <news@shop.example>\nTo: beatriz@isp.example\n", "beatriz@isp.example"),
])
def test_abuse_desks_in_italian_and_portuguese_said_another_way(sender: str, subject: str, body: str, complainant: str) -> None:
    report = classify(mail(f"From: {sender}\nTo: news@shop.example\nSubject: {subject}\n{UTF8}", body))
    assert kind_and_reasons(report) == ("complaint", [(complainant, "complaint")])


def test_a_mailinblack_challenge_in_french() -> None:
    body = ("Bonjour,\n\nLe destinataire de votre message (compta@client.example) protège sa messagerie avec Mailinblack.\n"
            "Votre adresse n'étant pas encore reconnue, votre message est en attente.\n\nMerci de vous authentifier en recopiant "
            "le code affiché sur la page suivante :\nhttps://authenticate.mailinblack.example/fr/?t=od4ek5qr\n")
    report = classify(mail("From: Transports Leroux <noreply@mailinblack.example>\nTo: factures@shop.example\n"
                           "Subject: Authentification requise : Votre facture\n" + UTF8, body))
    assert kind_and_reasons(report) == ("challenge", [("compta@client.example", "challenge")])


# ---- East Asian gateways' notices --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("diagnostic, reason", [
    ("お送りいただいたメールはサイズの上限（20MB）を超えているため、受信者に配信されませんでした。", "message_too_large"),
    ("承認者によりメール送信が却下されました。このメールは宛先に送信されていません。", "policy_violation"),
    ("审核意见：含有内部价格信息，不允许外发。", "policy_violation"),
    ("原因：寄件者位址 amy@shop.example 在收件者組織的封鎖清單中。", "rejected"),
])
def test_east_asian_gateways_words(diagnostic: str, reason: str) -> None:
    assert decide(status=None, diagnostic=diagnostic) == reason


def test_a_traditional_chinese_product_notice_names_its_recipient_field() -> None:
    body = ("Sophos Email 通知\n您寄給下列收件者的郵件已被封鎖，未傳遞。\n收件者：purchase@client.example\n主旨：合作提案\n"
            "原因：寄件者位址 amy@shop.example 在收件者組織的封鎖清單中。\n")
    report = notice("Sophos Email <do-not-reply@sophos.example>", "郵件未傳遞：合作提案", body, null=True)
    assert kind_and_reasons(report) == ("failed", [("purchase@client.example", "rejected")])


def test_the_recipients_a_spanish_notice_says_were_not_affected_are_no_failures() -> None:
    body = ("Su mensaje no pudo entregarse a un destinatario.\nEl servidor de destino respondió: 550 5.1.1 "
            "<l.garcia@client.example>: Recipient address rejected: User unknown\n"
            "Los demás destinatarios (a.ruiz@client.example) no fueron afectados.\n")
    report = classify(mail("From: Pasarela de correo <postmaster@client.example>\nTo: bounce@shop.example\n"
                           "Subject: Entrega fallida a un destinatario\n" + UTF8, body))
    assert kind_and_reasons(report) == ("failed", [("l.garcia@client.example", "user_unknown")])
