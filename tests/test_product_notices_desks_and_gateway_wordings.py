"""Security products' notices signed with the product's own name and read by their fields whatever their words' language;
their holds and releases in Catalan and Galician; a headline's hold and the next sentence naming the recipient; the abuse
desks of Japanese, Korean and Chinese ISPs; gateways' wordings of a breached policy, a TLS requirement, our domain refused
by an organisation, content words refused in Italian, a domain of the body on a block list in the Romance languages;
Exchange 2003 receipts in Catalan, Icelandic and Afrikaans; relays' delivery reports in more languages.

Each case is a wording written for the rule it tests (none copied from a sample): what the words mean decides, whatever
code a server sends them with.
"""
from __future__ import annotations

import pytest

from filter import classify
from filter.core.classifier import decide
from shapes import UTF8, kind_and_reasons, mail, notice as _notice, postfix_dsn


def _notice_to_us(sender: str, subject: str, body: str):
    """A gateway's automatic notice to our sending address (Auto-Submitted, a null return path)."""
    return _notice(sender, subject, body, null=True)


# ---- what the words mean ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("status, diagnostic, reason", [

    # a named policy of the site broken (Clearswift's "breached the policy", an acceptable use policy contravened)
    ("5.7.1", "The message breached the data-protection policy of client.example and was blocked.", "policy_violation"),
    (None, "Reason: the message breached the policy \"Outbound Sensitive Data\" configured on the gateway.",
     "policy_violation"),
    (None, "Your message contravened the acceptable use policy of this organisation.", "policy_violation"),
    # who may write to the address, said last
    ("5.7.1", "550 5.7.1 <board@client.example>: Recipient address rejected: Access denied - this address accepts mail "
              "from internal senders only", "policy_violation"),
    (None, "This mailbox receives messages only from internal users.", "policy_violation"),
    # encryption the destination requires and did not get
    (None, "A TLS connection to the recipient's mail server could not be established, and the policy does not allow "
           "delivery without encryption.", "failed_starttls"),
    (None, "The recipient's organization requires that all email be delivered over an encrypted (TLS) connection.",
     "failed_starttls"),
    (None, "A secure connection to mx.client.example could not be negotiated.", "failed_starttls"),
    # our domain refused by the organisation, never a person's own filter
    (None, "The recipient organization, client.example, does not accept email from your domain (shop.example).",
     "rejected"),
    (None, "The domain has been blocked by the recipient's administrator.", "rejected"),
    (None, "Your sending domain has been blocked by the recipient organization's administrators.", "rejected"),
    # a filter's name that holds "spam" beside viruses says nothing of spam: the finding decides
    (None, "Grund: Virus gefunden (Trojan.Downloader.Emotet). Diese Benachrichtigung wurde automatisch vom Spam- und "
           "Virenfilter erzeugt.", "virus_detected"),
    (None, "Motif : virus détecté (W97M.Downloader). Filtre anti-spam et antivirus de client.example.", "virus_detected"),
    # content words refused, in Italian
    (None, "Il messaggio è stato rifiutato perché contiene termini non consentiti dal filtro dei contenuti.",
     "content_error"),
    (None, "Messaggio rifiutato: contenuto non consentito.", "content_error"),
    (None, "Il testo contiene espressioni vietate.", "content_error"),
    # a domain of the body on a domain block list, in the Romance languages
    ("5.7.1", "554 5.7.1 Servicio no disponible; un dominio que aparece en el cuerpo del mensaje figura en la lista de "
              "bloqueo de dominios (DBL)", "spam_detected"),
    ("5.7.1", "554 5.7.1 Servei no disponible; un domini que apareix al cos del missatge figura a la llista de bloqueig "
              "de dominis (DBL)", "spam_detected"),
    ("5.7.1", "554 5.7.1 Service indisponible ; un domaine qui apparaît dans le corps du message est répertorié dans la "
              "DBL", "spam_detected"),
    ("5.7.1", "554 5.7.1 Serviço indisponível; um domínio que aparece no corpo da mensagem consta da DBL", "spam_detected"),
    ("5.7.1", "554 5.7.1 Servizio non disponibile; un dominio che compare nel corpo del messaggio è nella DBL",
     "spam_detected"),
    # held back for review in Catalan and Galician; a release still to come
    (None, "El missatge ha estat retingut per a revisió per l'administrador.", "on_hold"),
    (None, "A mensaxe foi retida para revisión polo administrador.", "on_hold"),
    (None, "El missatge ha estat retingut. Motiu: una regla de prevenció de pèrdua de dades (DLP). Si l'administrador "
           "allibera el missatge, es lliurarà al destinatari.", "on_hold"),
    (None, "Your message was quarantined by a data loss prevention rule. If the administrator releases the message, it "
           "will be delivered.", "on_hold"),

    # malware named in Japanese, Korean and Italian
    (None, "理由: 添付ファイルから不正プログラム(TROJ_FRS.VSNTFE25)が検出されました。", "virus_detected"),
    (None, "차단 사유: 첨부 파일에서 악성코드가 탐지되었습니다.", "virus_detected"),
    (None, "Motivo: nell'allegato è stato rilevato software dannoso (macro malevola).", "virus_detected"),
    # internal senders only, content refused: Spanish and German
    ("5.7.1", "550 5.7.1 Solo se admiten remitentes internos", "policy_violation"),
    (None, "Los remitentes externos no están autorizados a escribir a esta dirección.", "policy_violation"),
    ("5.7.1", "554 5.7.1 Contenido no permitido", "content_error"),
    ("5.7.1", "554 5.7.1 Unzulaessiger Inhalt: ausfuehrbarer Anhang", "content_error"),
    # our domain on the organisation's block list, in French
    (None, "Motif : le domaine de l'expéditeur (shop.example) figure sur la liste de blocage définie par l'administrateur.",
     "rejected"),
    # a body's domain on a block list, as a policy daemon writes it
    ("5.7.1", "554 5.7.1 Service unavailable; Domain in body [clk.shop.example] blocked using dbl.spamhaus.org",
     "spam_detected"),
    # a gateway's own account of SPF and DMARC
    (None, "The SPF check for the sender domain shop.example returned 'fail' for the sending server 192.0.2.7.",
     "auth_failure"),
    (None, "The DMARC policy of the domain is 'reject'.", "auth_failure"),
    # a quarantine the administrator still reviews, in German
    (None, "Ihre E-Mail wurde beim Empfänger in Quarantäne gestellt. Die Nachricht wird vom Administrator des Empfängers "
           "geprüft.", "on_hold"),
    # X.400's unrecognised O/R name
    (None, "Unable to transfer. Unrecognised originator/recipient name (unrecognised-OR-name)", "user_unknown"),
    # Japanese: the address after the field's label, then "does not exist"
    (None, "宛先：<taro@client.example>は存在しません。", "user_unknown"),

    ("5.7.0", "550 5.7.0 Wykryto zlosliwe oprogramowanie w zalaczniku", "virus_detected"),
    ("5.7.1", "554 5.7.1 Zararli yazilim tespit edildi", "virus_detected"),
    ("5.7.1", "550 5.7.1 Delivery not authorized, message refused: externe afzenders zijn niet toegestaan", "policy_violation"),
    (None, "Mittenti esterni non ammessi per questa casella.", "policy_violation"),
    (None, "Externe Absender sind für diese Adresse nicht zugelassen.", "policy_violation"),
    ("5.7.1", "550 5.7.1 Conteudo nao permitido", "content_error"),
    ("5.7.1", "554 5.7.1 Contenu interdit (piece jointe de type script)", "content_error"),
    (None, "Powód: niedozwolona treść wiadomości.", "content_error"),
    ("5.7.1", "550 5.7.1 Dominio mittente in lista di blocco", "rejected"),
    (None, "Die Absenderdomäne shop.example ist auf unserer Sperrliste eingetragen. Nachrichten dieser Domäne werden nicht "
           "angenommen.", "rejected"),
    (None, "Het domein van de afzender staat op de blokkeerlijst van de ontvanger.", "rejected"),

    ("5.7.1", "550 5.7.1 Sender domain is on the organization block list", "rejected"),
    ("5.7.1", "550 5.7.1 sender domain in organization blocklist", "rejected"),
    # the person's own list, in German, beside the English gloss
    ("5.7.1", "550 5.7.1 Der Empfänger hat Ihre Absenderadresse in seiner persönlichen Sperrliste eingetragen (recipient "
              "has blocked this sender)", "filtered"),
    # a virus scanner out of service, in a language that writes it in one word, is the receiving system's state
    ("4.3.0", "451 4.3.0 Virusskanner tillfälligt otillgänglig, försök igen senare (virus scanner temporarily unavailable)",
     "system_error"),

    ("5.7.1", "550 5.7.1 Il dominio del mittente è presente nell'elenco dei domini bloccati dell'organizzazione", "rejected"),
    ("5.7.1", "550 5.7.1 Message rejected by local policy: bulk mail not accepted from this sender", "policy_violation"),
    ("5.7.1", "550 5.7.1 De ontvanger heeft uw adres op zijn persoonlijke lijst met geblokkeerde afzenders gezet", "filtered"),
    ("5.7.0", "554 5.7.0 El mensaje debe entregarse a traves de una conexion cifrada (TLS); no se pudo establecer una "
              "conexion segura con el servidor", "failed_starttls"),
    (None, "Eine verschlüsselte Verbindung (TLS) konnte nicht aufgebaut werden.", "failed_starttls"),
    ("5.2.1", "550 5.2.1 La cuenta de correo ana@client.example se encuentra suspendida por falta de uso", "suspended"),

    (None, "450 4.7.1 Przekroczono limit odbierania poczty / Receiving limit exceeded, try again later", "rate_limited"),
    (None, "451 4.7.1 Receive limit reached for this recipient, try again later", "rate_limited"),
    # a full mailbox beside it is the mailbox's storage
    (None, "452 4.2.2 Mailbox full, receiving limit reached", "mailbox_full"),

    # what the sending platform did after the refusal is no block said by the recipient's server
    (None, "550 5.1.1 <m@client.example>: Recipient address rejected: User unknown. The address has been added to your blocklist "
     "and will not receive further emails.", "user_unknown"),
    (None, "550 5.1.1 User unknown. This contact was placed on your suppression list.", "user_unknown"),
    # a block list that names our host is a block, whatever the platform adds
    (None, "554 5.7.1 Client host [192.0.2.7] blocked using zen.spamhaus.org. The address has been added to your suppression "
     "list.", "blocked"),
    # the platform's sentence alone is its suppression
    (None, "The address has been added to your suppression list.", "suppressed"),

    # EarthLink's ELNK_110: the connections we open, whatever "the sending IP address" says beside it
    (None, "421 4.2.1 Connection deferred - the sending IP address exceeds the concurrent connections limit. ELNK_110",
     "rate_limited"),

    # the domain's own mail exchangers "listed in MX" are no block list
    (None, "451 4.4.1 No answer from any hosts listed in MX", "network_error"),
    # a block list that lists our host is one
    (None, "554 5.7.1 Service unavailable; Client host [192.0.2.7] listed in zen.spamhaus.org", "blocked"),
])
def test_the_words_decide(status: str | None, diagnostic: str, reason: str) -> None:
    assert decide(status=status, diagnostic=diagnostic) == reason


@pytest.mark.parametrize("status, diagnostic, reason", [

    # the site's broken policy is not any "policy" word: a person's domain refused by our own filter is ours to name
    # (a "breach" of nothing the site keeps: a data breach named is no refusal cause)
    (None, "Sender address rejected: your domain is blocked by policy", "rejected"),
    # a recipient who blocked us is the person's own filter (the organisation's block above is not)
    (None, "The recipient has blocked mail from this sender.", "filtered"),
    (None, "This recipient does not accept mail from you.", "filtered"),
    # TLS that worked says nothing of a failure to set it up
    ("5.7.1", "554 5.7.1 Message content rejected, spam detected (TLS connection established)", "spam_detected"),
    # a bare "spam" beside a virus is still spam, only a filter's name is none
    (None, "Your message was classified as spam.", "spam_detected"),
    # the domain of the SENDER on a domain block list is a block of our domain, not a link of the body
    ("5.7.1", "554 5.7.1 Service unavailable; Sender address [news@shop.example] blocked using dbl.spamhaus.org",
     "blocked"),

    # our own sending domain on a domain block list is a block of our domain, never a link of the body
    ("5.7.1", "554 5.7.1 Service unavailable; Sender address [news@shop.example] blocked using dbl.spamhaus.org",
     "blocked"),
    # our sending host on a block list, in the words a policy daemon uses for a body's domain: a block of our host
    ("5.7.1", "554 5.7.1 Service unavailable; Client host [192.0.2.7] blocked using zen.spamhaus.org", "blocked"),
])
def test_what_the_words_are_not(status: str | None, diagnostic: str, reason: str) -> None:
    assert decide(status=status, diagnostic=diagnostic) == reason


# ---- a product's notice signed with its own name -------------------------------------------------------------------
@pytest.mark.parametrize("sender, subject, body", [
    # Welsh: "Your message has been rejected by Barracuda Email Security Gateway" (Anfonwr / Derbynnydd: sender /
    # recipient), a high spam score
    ("Barracuda Email Security <noreply@client.example>", "Neges wedi'i gwrthod: June news",
     "Mae eich neges wedi'i gwrthod gan Barracuda Email Security Gateway.\n\nAnfonwr: news@shop.example\n"
     "Derbynnydd: rhys@client.example\nPwnc: June news\n\nRheswm: Sgôr uchel (BSF 7.20).\n"),
    # Azerbaijani: the message blocked by content policy (Göndərən / Alıcı)
    ("\"Symantec Email Security.cloud\" <no-reply@client.example>", "Mesaj",
     "Symantec Email Security.cloud\n\nMesajınız məzmun siyasətinə görə çatdırılmadı.\n\nGöndərən: news@shop.example\n"
     "Alıcı: rhys@client.example\nMövzu: June news\n"),
    # Somali: the sender's and the recipient's fields under labels no table holds (Diraha / Qaataha)
    ("Trend Micro Email Security <tmems-noreply@client.example>", "Fariin",
     "Trend Micro Email Security\n\nFariintaada looma gudbin qaataha.\n\nDiraha: news@shop.example\n"
     "Qaataha: rhys@client.example\nMawduuca: June news\n"),
    # Nepali: the sender's field known (प्रेषक), the recipient's label not
    ("Proofpoint Essentials <noreply@client.example>", "सन्देश",
     "तपाईंको सन्देश Proofpoint द्वारा रोकिएको छ।\n\nप्रेषक: news@shop.example\nप्रापक: rhys@client.example\n"
     "विषय: June news\n"),
])
def test_a_notice_signed_with_a_products_name_needs_no_finding_word(sender: str, subject: str, body: str) -> None:
    report = _notice_to_us(sender, subject, body)
    assert report.kind == "failed"
    assert [x.address for x in report.recipients] == ["rhys@client.example"]


@pytest.mark.parametrize("sender, subject, body", [
    # a vendor's newsletter signed with the product's name, its example fields both of other organisations
    ("Barracuda Email Security <news@barracuda.example>", "Nieuwsbrief",
     "Zo ziet een melding eruit:\n\nAfzender: jan@voorbeeld.example\nOntvanger: piet@ander.example\n"),
    # the notice is about mail sent TO us: the recipient field is ours
    ("Barracuda Email Security <noreply@client.example>", "Neges",
     "Mae neges i chi wedi'i dal.\n\nAnfonwr: rhys@client.example\nDerbynnydd: news@shop.example\n"),
    # a name no table holds for a product: no finding word, no report
    ("Gwasanaeth Post <noreply@client.example>", "Neges",
     "Mae eich neges wedi'i gwrthod.\n\nAnfonwr: news@shop.example\nDerbynnydd: rhys@client.example\n"),
])
def test_what_a_products_name_does_not_make_a_report(sender: str, subject: str, body: str) -> None:
    report = _notice_to_us(sender, subject, body)
    assert "rhys@client.example" not in [x.address for x in report.recipients]


@pytest.mark.parametrize("sender, subject, body", [
    # Welsh: "sbam" (spam) is a finding beside its fields, whoever signs
    ("Gwasanaeth Post <noreply@client.example>", "Neges",
     "Mae eich neges wedi'i gwrthod oherwydd sbam.\n\nAnfonwr: news@shop.example\nDerbynnydd: rhys@client.example\n"),
    # Catalan: "correu brossa" (spam), "bloquejat" (blocked)
    ("Servei de correu <noreply@client.example>", "Missatge",
     "El vostre missatge ha estat bloquejat com a correu brossa.\n\nRemitent: news@shop.example\n"
     "Destinatari: rhys@client.example\n"),
    # Afrikaans: "gemorspos" (spam)
    ("E-posdiens <noreply@client.example>", "Boodskap",
     "U boodskap is as gemorspos geblokkeer.\n\nSender: news@shop.example\nOntvanger: rhys@client.example\n"),
    # Icelandic: "sóttkví" (quarantine)
    ("Póstþjónusta <noreply@client.example>", "Skilaboð",
     "Skilaboðin þín voru sett í sóttkví.\n\nSendandi: news@shop.example\nViðtakandi: rhys@client.example\n"),
])
def test_a_finding_in_more_languages_beside_the_fields(sender: str, subject: str, body: str) -> None:
    report = _notice_to_us(sender, subject, body)
    assert report.kind == "failed"
    assert [x.address for x in report.recipients] == ["rhys@client.example"]


def test_a_headline_hold_and_the_next_sentence_naming_the_recipient() -> None:
    body = ("Your message has been held for approval.\n\nThe message you sent to n.okafor@client.example breached the "
            "policy \"Outbound/Inbound Sensitive Data\"\nconfigured on the Clearswift SECURE Email Gateway of client.example "
            "and has been\nheld pending review by an administrator.\n\nYou will be notified if the message is released.\n")
    report = _notice("Clearswift Policy Notification <policy@client.example>", "Message held: June news", body)
    assert kind_and_reasons(report) == ("failed", [("n.okafor@client.example", "on_hold")])


def test_a_vendors_newsletter_that_mentions_a_message_you_sent_is_no_report() -> None:
    body = ("Have you ever wondered why your message has been held for approval?\n\nWhen a message you sent to "
            "a partner is held, our gateway explains why. Read more on our blog.\n")
    report = classify(mail("From: Clearswift Newsletter <news@clearswift.example>\nTo: news@shop.example\n"
                           f"Subject: Tips\nList-Unsubscribe: <mailto:u@clearswift.example>\n{UTF8}", body))
    assert report.kind == "not_bounce"


# ---- holds and releases in Catalan and Galician ---------------------------------------------------------------------
@pytest.mark.parametrize("body", [
    "El vostre missatge ha estat alliberat de la quarantena per l'administrador i ara s'ha lliurat al destinatari.\n\n"
    "Remitent: news@shop.example\nDestinatari: marta@client.example\n",
    "A súa mensaxe foi liberada da corentena polo administrador e xa foi entregada ao destinatario.\n\n"
    "Remitente: news@shop.example\nDestinatario: marta@client.example\n",
])
def test_a_release_in_catalan_and_galician_is_a_delivery(body: str) -> None:
    report = _notice("Proofpoint Essentials <noreply@client.example>", "Missatge alliberat", body)
    assert report.kind == "delivered"


def test_a_release_refused_in_catalan_is_no_delivery() -> None:
    body = ("L'administrador no ha alliberat el vostre missatge i ha estat eliminat.\n\nRemitent: news@shop.example\n"
            "Destinatari: marta@client.example\n")
    report = _notice("Proofpoint Essentials <noreply@client.example>", "Missatge", body)
    assert report.kind != "delivered"


# ---- Exchange 2003 receipts in three more languages --------------------------------------------------------------
@pytest.mark.parametrize("subject, text", [
    ("Lliurat: June news", "El vostre missatge\n\n  Per a: Pere Solé\n  Assumpte: June news\n\n"
                           "s'ha lliurat als destinataris següents:\n\n  Pere Solé el 01/10/2024 11:02\n"),
    ("Afhent: June news", "Skilaboðin þín\n\n  Til: Guðrún Jónsdóttir\n  Efni: June news\n\n"
                          "voru afhent eftirfarandi viðtakanda:\n\n  Guðrún Jónsdóttir <gudrun@client.example> þann "
                          "1.10.2024 09:03\n"),
    ("Afgelewer: June news", "U boodskap\n\n  Aan: Anneke Botha\n  Onderwerp: June news\n\n"
                             "is aan die volgende ontvanger afgelewer:\n\n  Anneke Botha op 2024/10/01 11:02\n"),
])
def test_an_exchange_2003_receipt_in_three_more_languages(subject: str, text: str) -> None:
    report = classify(mail(f"From: System Administrator <postmaster@client.example>\nTo: news@shop.example\n"
                           f"Subject: {subject}\n{UTF8}", text))
    assert report.kind == "delivered"


def test_an_icelandic_report_that_says_not_delivered_is_no_receipt() -> None:
    text = ("Skilaboðin þín\n\n  Til: Guðrún Jónsdóttir\n\nvoru ekki afhent eftirfarandi viðtakanda:\n\n"
            "  Guðrún Jónsdóttir þann 1.10.2024 09:03\n")
    report = classify(mail("From: System Administrator <postmaster@client.example>\nTo: news@shop.example\n"
                           f"Subject: Óafhent: June news\n{UTF8}", text))
    assert report.kind != "delivered"


# ---- abuse desks ----------------------------------------------------------------------------------------------------
def test_a_japanese_isps_request_that_we_report_spam_is_no_complaint() -> None:
    # "if you receive spam, please report it to us": the desk's advice, no complaint about our mail
    body = "迷惑メールを受信された場合は、当窓口までお知らせください。\n"
    report = classify(mail("From: ISP <abuse-report@isp.example>\nTo: news@shop.example\nSubject: ご案内\n" + UTF8, body))
    assert report.kind != "complaint"


# ---- relays' delivery reports in more languages ----------------------------------------------------------------
def test_a_swedish_relay_report_names_its_failed_row() -> None:
    body = ("Leveransrapport för meddelande <a1@shop.example>\nÄmne: June news\n\nadress;status;kod;text\n"
            "lars@client.example;MISSLYCKADES;550;5.1.1 Okänd mottagare - brevlådan finns inte\n")
    report = classify(mail("Return-Path: <>\nFrom: Relay <relay-report@gw.client.example>\nTo: news@shop.example\n"
                           f"Subject: Leveransrapport 2024-10-01\nAuto-Submitted: auto-generated\n{UTF8}", body))
    assert report.kind == "failed"
    assert ("lars@client.example", "user_unknown") in kind_and_reasons(report)[1]


# ---- the same in a DSN the sending Postfix writes -------------------------------------------------------------------
def test_an_organisations_refusal_of_our_domain_in_a_postfix_dsn_is_no_hard_bounce() -> None:
    report = classify(postfix_dsn("550", "5.7.1", "RCPT", "The recipient organization does not accept email from your "
                                                          "domain"))
    assert [x.reason for x in report.recipients] == ["rejected"]
    assert report.recipients[0].class_ == "block"


# ---- challenges in Catalan and Icelandic, and a receiving limit --------------------------------------------------------
@pytest.mark.parametrize("sender, subject, body", [
    ("Verificació de remitent <verify@client.example>", "Verificació del remitent necessària",
     "Hola,\n\nHeu enviat un missatge a laia@client.example. Per protegir-se del correu brossa, aquest destinatari només "
     "accepta missatges de remitents verificats.\nPer lliurar el vostre missatge, confirmeu que sou una persona fent clic a "
     "l'enllaç següent:\nhttps://verify.client.example/c/8f2a91d0\n"),
    ("Staðfesting sendanda <stadfesting@client.example>", "Staðfestu netfangið þitt",
     "Halló,\n\nÞú sendir skilaboð til helga@client.example. Til að verjast ruslpósti tekur viðtakandinn aðeins við pósti "
     "frá staðfestum sendendum.\nSmelltu á tengilinn hér að neðan til að staðfesta að þú sért manneskja:\n"
     "https://stadfesting.client.example/v/31c9ab\n"),
])
def test_a_challenge_in_catalan_and_icelandic_names_the_person_it_protects(sender: str, subject: str, body: str) -> None:
    report = _notice_to_us(sender, subject, body)
    assert report.kind == "challenge"
    assert [x.address for x in report.recipients][0] in ("laia@client.example", "helga@client.example")


def test_a_catalan_sign_up_confirmation_is_no_challenge() -> None:
    # "confirm your address to finish signing up": no message of ours held
    body = "Gràcies per registrar-vos. Confirmeu la vostra adreça fent clic a l'enllaç següent:\nhttps://club.example/c/1\n"
    report = classify(mail(f"From: Club <hola@club.example>\nTo: news@shop.example\nSubject: Confirmeu el registre\n{UTF8}",
                           body))
    assert report.kind == "not_bounce"


def test_an_exchange_2003_receipt_that_gives_the_address_names_it() -> None:
    text = ("Skilaboðin þín\n\n  Til: Guðrún Jónsdóttir\n  Efni: June news\n\nvoru afhent eftirfarandi viðtakanda:\n\n"
            "  Guðrún Jónsdóttir <gudrun@client.example> þann 1.10.2024 09:03\n")
    report = classify(mail("From: System Administrator <postmaster@client.example>\nTo: news@shop.example\n"
                           f"Subject: Afhent: June news\n{UTF8}", text))
    assert kind_and_reasons(report) == ("delivered", [("gudrun@client.example", "delivered")])


# ---- releases, clean scans, readers and challenges in more languages -------------------------------------------------


@pytest.mark.parametrize("body", [
    "Le message suivant, qui avait été mis en attente par le filtre du destinataire, a été libéré par l'administrateur et\n"
    "a maintenant été remis à son destinataire.\n\nExpéditeur : news@shop.example\nDestinataire : claire@client.example\n",
    "A sua mensagem foi libertada da quarentena pelo administrador e entregue ao\ndestinatário.\n\n"
    "Remetente: news@shop.example\nDestinatário: claire@client.example\n",
    "Uw bericht is na controle door het filter van de ontvanger afgeleverd.\n\nAfzender: news@shop.example\n"
    "Ontvanger: claire@client.example\nStatus:     Afgeleverd (na scan, geen bevindingen)\n",
])
def test_a_release_or_a_clean_scan_in_more_wordings_is_a_delivery(body: str) -> None:
    report = _notice("Hornetsecurity <noreply@client.example>", "Notification", body)
    assert report.kind == "delivered"


def test_a_status_line_that_says_not_delivered_is_no_delivery() -> None:
    body = ("Uw bericht is niet afgeleverd.\n\nAfzender: news@shop.example\nOntvanger: claire@client.example\n"
            "Status:     Niet afgeleverd (virus gevonden)\n")
    report = _notice("Hornetsecurity <noreply@client.example>", "Notification", body)
    assert report.kind != "delivered"


@pytest.mark.parametrize("sender, subject, body, complainant", [
    # Japanese: "a member of ours reported the mail below, sent by you, as spam; the member (x@) wants delivery stopped"
    ("ISP 迷惑メール対策窓口 <abuse-report@isp.example>", "迷惑メール申告のお知らせ",
     "弊社会員より、貴社から送信された下記メールについて「迷惑メール」である旨の\n申告がありました。"
     "当該会員（shinji@isp.example）は配信の停止を希望しております。\n", "shinji@isp.example"),
    # Korean: "a subscriber of ours (x@) reported the mail below as spam"
    ("ISP 고객센터 <abuse@isp.example>", "스팸 신고 안내",
     "당사 가입자(minsu@isp.example)가 귀사에서 발송한 아래 메일을 스팸으로 신고하였습니다.\n", "minsu@isp.example"),
    # Chinese: "our user (x@) reported the mail below as spam"
    ("ISP <abuse@isp.example>", "垃圾邮件投诉", "我司用户（wei@isp.example）将贵司发送的以下邮件举报为垃圾邮件。\n", "wei@isp.example"),

    ("Mail 스팸대응센터 <abuse@isp.example>", "스팸 신고 접수 안내",
     "귀사 메일 서버에서 발송된 아래 메일에 대하여\n당사 회원으로부터 스팸 신고가 접수되었습니다.\n"
     "보낸 사람: news@shop.example\n받는 사람: minsu@isp.example\n제목: 여름 특가\n", "minsu@isp.example"),
    ("邮箱反垃圾中心 <abuse@isp.example>", "用户投诉通知",
     "我们的用户 zhangmin@isp.example 投诉了您发送的以下邮件，认为该邮件为垃圾邮件。\n", "zhangmin@isp.example"),
    ("PTisp Abuse <abuse@isp.example>", "[Abuse #58213] Queixa de spam",
     "Recebemos uma queixa de spam de um cliente nosso relativamente a uma mensagem enviada para o endereço "
     "geral@isp.example.\n", "geral@isp.example"),

    ("Pochta Abuse <abuse@isp.example>", "Жалоба на спам",
     "Пользователь нашей почтовой службы petrova@isp.example пожаловался на ваше письмо как на спам.\n", "petrova@isp.example"),
    ("Correo Abuso <abuse@isp.example>", "Queja de correo no deseado",
     "Hemos recibido una queja por correo no deseado de nuestro usuario lucia@isp.example relativa al mensaje que se adjunta.\n",
     "lucia@isp.example"),
    ("Postakutusu <abuse@isp.example>", "Spam şikayeti bildirimi",
     "Kullanıcımız mehmet@isp.example, ekte yer alan iletinizi spam olarak şikayet etmiştir.\n", "mehmet@isp.example"),

    ("Service Abuse <abuse@isp.example>", "Plainte pour spam - dossier 2025-031877",
     "Nous avons reçu une plainte de notre abonné gerard@isp.example concernant un message\nnon sollicité envoyé depuis votre "
     "infrastructure.\n", "gerard@isp.example"),
    ("Abuse Desk <abuse@isp.example>", "Segnalazione spam n. 44120",
     "il nostro utente giulia@isp.example ha segnalato il vostro messaggio come spam\n(posta indesiderata).\n",
     "giulia@isp.example"),
    ("Dział Abuse <abuse@isp.example>", "Zgłoszenie spamu #PL-77231",
     "nasz użytkownik a.kowalska@isp.example zgłosił Państwa wiadomość jako spam.\n", "a.kowalska@isp.example"),

    ("Tim Abuse <abuse@isp.example>", "Laporan spam dari pelanggan kami",
     "Pelanggan kami, budi@isp.example, melaporkan email di bawah\nini sebagai spam (email yang tidak diminta).\n",
     "budi@isp.example"),
    ("Abuse <abuse@isp.example>", "Khiếu nại thư rác",
     "Khách hàng của chúng tôi đã báo cáo thư dưới đây là thư rác.\nNgười nhận: an@isp.example\n", "an@isp.example"),
    ("Abuse <abuse@isp.example>", "شكوى بريد عشوائي",
     "أبلغ أحد عملائنا (ahmed.salem@isp.example) عن الرسالة المرفقة أدناه\nباعتبارها بريدًا عشوائيًا غير مرغوب فيه.\n",
     "ahmed.salem@isp.example"),
    ("Abuse <abuse@isp.example>", "Denuncia de SPAM - ticket ABU-77812",
     "Hemos recibido una denuncia de uno de nuestros clientes, quien indica haber recibido correo no solicitado (SPAM) "
     "desde su plataforma.\nDestinatario afectado: claudia@isp.example\nIP de origen: 192.0.2.23\n", "claudia@isp.example"),
])
def test_an_abuse_desks_complaint_in_more_languages(sender: str, subject: str, body: str,
                                                                    complainant: str) -> None:
    report = classify(mail(f"From: {sender}\nTo: news@shop.example\nSubject: {subject}\n{UTF8}", body))
    assert kind_and_reasons(report) == ("complaint", [(complainant, "complaint")])


@pytest.mark.parametrize("body", [
    "Bon dia,\n\nSi us plau, doneu-me de baixa del butlletí. Gràcies.\n\nMontse\n",
    "Esborreu-me de la vostra llista de correu, si us plau.\n",
])
def test_a_readers_request_in_catalan(body: str) -> None:
    report = classify(mail(f"From: Montse Riera <mriera@client.example>\nTo: news@shop.example\nSubject: Baixa\n{UTF8}", body))
    assert kind_and_reasons(report) == ("unsubscribe", [("mriera@client.example", "unsubscribe")])


def test_a_catalan_reader_who_wants_the_newsletter_is_no_request() -> None:
    body = "Bon dia,\n\nM'agrada molt el butlletí, no em doneu de baixa mai!\n"
    report = classify(mail(f"From: Montse Riera <mriera@client.example>\nTo: news@shop.example\nSubject: Gràcies\n{UTF8}", body))
    assert report.kind != "unsubscribe"


def test_a_spanish_challenge_named_by_its_verification_system() -> None:
    body = ("Su mensaje con asunto «June news» ha sido retenido.\n\nEste buzón está protegido por un sistema de verificación "
            "de remitentes. Para que su mensaje sea entregado, confirme que usted es una persona pulsando en el siguiente "
            "enlace:\nhttps://verificacion.client.example/c/5b7e\n")
    report = classify(mail("Return-Path: <>\nFrom: Verificación antispam <verificacion@client.example>\nTo: news@shop.example\n"
                           "Subject: Confirme su envío a abogados@client.example\nAuto-Submitted: auto-replied\n" + UTF8, body))
    assert kind_and_reasons(report) == ("challenge", [("abogados@client.example", "challenge")])


# ---- recipients: CJK brackets with a reason label, a list's post to itself, our own copies ----------------------------
def test_addresses_in_cjk_brackets_beside_a_reason_label() -> None:
    body = ("退信通知\n您发送的邮件未能投递到以下收件人：\n【chen@client.example】原因：该邮箱地址不存在\n"
            "【sun@client.example】原因：该邮箱已被冻结\n")
    report = classify(mail(f"From: 系统管理员 <postmaster@client.example>\nTo: news@shop.example\nSubject: 退信：June news\n{UTF8}",
                           body))
    assert kind_and_reasons(report) == ("failed", [("chen@client.example", "user_unknown"),
                                                   ("sun@client.example", "suspended")])


def test_a_lists_post_to_itself_names_its_member_by_the_received_for_clause() -> None:
    body = ("The original message was received at Thu, 16 Nov 1995 14:55:28 -0500\nfrom lists.shop.example [192.0.2.60]\n\n"
            "   ----- Transcript of session follows -----\n550 harold... User unknown\n\n"
            "   ----- Original message follows -----\nReturn-Path: <owner-news@lists.shop.example>\n"
            "Received: from lists.shop.example (localhost [127.0.0.1])\n\tby lists.shop.example with ESMTP id k21398\n"
            "\tfor <harold@cs.client.example>; Thu, 16 Nov 1995 13:40:02 -0600\nFrom: news@lists.shop.example\n"
            "To: news@lists.shop.example\nSubject: [NEWS] June\nSender: owner-news@lists.shop.example\nPrecedence: list\n\n"
            "Hi all,\n")
    report = classify(mail("From: Mail Delivery Subsystem <MAILER-DAEMON@cs.client.example>\nTo: owner-news@lists.shop.example\n"
                           "Subject: Returned mail: User unknown", body))
    assert kind_and_reasons(report) == ("failed", [("harold@cs.client.example", "user_unknown")])


def test_a_returned_original_copied_to_our_own_desk_names_its_one_outside_recipient() -> None:
    text = ("--b\nContent-Type: text/plain\n\nYour message was not delivered because the recipient's mailbox is over its "
            "storage limit.\n--b\nContent-Type: message/rfc822\n\nFrom: Shop <service@shop.example>\n"
            "To: Bea Lorentz <bea@client.example>\nCc: Shop Desk <desk@shop.example>\nSubject: June news\n\nHello\n--b--\n")
    report = classify(mail("From: Mail Delivery <mailer-daemon@mx.client.example>\nTo: news@shop.example\n"
                           "Subject: Returned mail\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b", text))
    assert [x.address for x in report.recipients] == ["bea@client.example"]


def test_a_polish_release_said_with_one_verb_is_a_delivery() -> None:
    # "the message was released from quarantine and delivered to the addressee" (Adresat: the recipient's field)
    body = ("Wiadomość zatrzymana wcześniej przez system ochrony poczty została sprawdzona przez administratora.\n\n"
            "Nadawca:     news@shop.example\nAdresat:     m.kowalska@client.example\n\nWynik: nie wykryto złośliwego "
            "oprogramowania. Wiadomość została zwolniona z kwarantanny i dostarczona do adresata 2024-04-12 08:58.\n")
    report = _notice("Bezpieczeństwo poczty <no-reply-security@client.example>", "Wiadomość zwolniona z kwarantanny", body)
    assert report.kind == "delivered"


def test_a_polish_hold_named_by_the_addressees_field_is_a_hold() -> None:
    body = ("Wiadomość została zatrzymana w kwarantannie i oczekuje na zatwierdzenie przez administratora.\n\n"
            "Nadawca:     news@shop.example\nAdresat:     m.kowalska@client.example\n")
    report = _notice("Bezpieczeństwo poczty <no-reply-security@client.example>", "Wiadomość zatrzymana", body)
    assert kind_and_reasons(report) == ("failed", [("m.kowalska@client.example", "on_hold")])


# ---- delivery reports' status lines and list posts ------------------------------------------------------------------


def test_a_german_block_list_of_our_host_stays_a_block() -> None:
    # (the sending host on the block list, not our domain: ``blocked``)
    assert decide(status="5.7.1", diagnostic="554 5.7.1 Ihre IP-Adresse 192.0.2.7 ist auf unserer Sperrliste eingetragen") \
        == "blocked"


@pytest.mark.parametrize("subject, body, kind", [
    ("Raport doręczenia wiadomości", "Raport doręczenia wiadomości\n\nOdbiorca: a.kowalska@client.example\nTemat: June news\n"
                                     "Status: Dostarczono\n", "delivered"),
    ("Relatório de entrega: June news", "Destinatário: financeiro@client.example\nAssunto: June news\nEstado: Entregue\n",
     "delivered"),
    # delivered into a quarantine is held, never delivered
    ("Zustellbericht: June news", "Zustellbericht\n\nEmpfänger: m.fischer@client.example\nBetreff: June news\n"
                                  "Status:    Zugestellt an Quarantäne\nGrund:     Spam-Verdacht (Score 7.9)\n", "failed"),
])
def test_a_delivery_reports_status_line(subject: str, body: str, kind: str) -> None:
    report = _notice("Gateway <postmaster@client.example>", subject, body)
    assert report.kind == kind


def test_an_abuse_desks_acknowledgement_of_our_own_report_is_no_complaint() -> None:
    body = "Мы получили вашу жалобу на спам и передали её в службу безопасности. Спасибо.\n"
    report = classify(mail(f"From: Pochta Abuse <abuse@isp.example>\nTo: news@shop.example\nSubject: Re: Жалоба\n{UTF8}", body))
    assert report.kind != "complaint"


def test_a_catalan_request_said_in_the_subjunctive() -> None:
    body = "Bon dia,\n\nUs demano que em traieu de la llista de distribució. No vull rebre més correus vostres.\n\nJordi\n"
    report = classify(mail(f"From: Jordi <jordi@client.example>\nTo: news@shop.example\nSubject: Re: Butlletí\n{UTF8}", body))
    assert kind_and_reasons(report) == ("unsubscribe", [("jordi@client.example", "unsubscribe")])


def test_a_list_post_marked_by_its_owner_address_names_its_member_by_the_received_for_clause() -> None:
    text = ("--b\nContent-Type: text/plain\n\nThe mailbox you tried to reach does not exist on this server (550 5.1.1 user "
            "unknown).\n--b\nContent-Type: message/rfc822\n\nReceived: from lists.shop.example by mx.client.example\n"
            "\tfor <marta@client.example>; Tue, 14 May 2024 09:12:09 +0200\nSender: owner-readers@lists.shop.example\n"
            "From: Shop <news@shop.example>\nTo: readers@lists.shop.example\nSubject: June news\n\nHello\n--b--\n")
    report = classify(mail("From: Mail Delivery System <MAILER-DAEMON@mx.client.example>\nTo: news@shop.example\n"
                           "Subject: Undeliverable: June news\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b", text))
    assert kind_and_reasons(report) == ("failed", [("marta@client.example", "user_unknown")])


# ---- look-alikes at the bounce address, a challenge by an organisation's filter, more requests ----------------------
def test_a_held_message_notice_about_mail_addressed_to_us_is_no_report() -> None:
    body = ("Held Message Notification\r\n\r\nA message addressed TO you has been held by your organisation's email\r\n"
            "security policy and has not been delivered to your mailbox.\r\n\r\nFrom:      billing@vendor.example\r\n"
            "To:        bounces@mail.shop.example\r\nSubject:   Invoice overdue\r\nReason:    Attachment Policy\r\n")
    report = classify(mail("From: Mimecast Postmaster <postmaster@notify.shop.example>\nTo: bounces@mail.shop.example\n"
                           "Subject: Held Message Notification: Invoice overdue\nAuto-Submitted: auto-generated", body))
    assert report.kind == "not_bounce"


def test_a_calendar_invitation_about_bounces_is_no_report() -> None:
    body = ("--b\nContent-Type: text/plain\n\nYou have been invited to the following event.\n\nBounce handling review - "
            "undeliverable rate Q2\n--b\nContent-Type: text/calendar; method=REQUEST\n\nBEGIN:VCALENDAR\nMETHOD:REQUEST\n"
            "BEGIN:VEVENT\nUID:5p0s8k2lqf1rj2a7n4b1c6d3e9@google.com\nATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT:"
            "mailto:bounces@mail.shop.example\nSUMMARY:Bounce handling review - undeliverable rate Q2\nEND:VEVENT\n"
            "END:VCALENDAR\n--b--\n")
    report = classify(mail("From: Lena Vogt <lena@shop.example>\nTo: bounces@mail.shop.example\n"
                           "Subject: Invitation: Bounce handling review - undeliverable rate Q2\nMIME-Version: 1.0\n"
                           "Content-Type: multipart/mixed; boundary=b", body))
    assert report.kind == "not_bounce"


def test_an_abuse_desks_complaint_sent_with_crlf_line_ends() -> None:
    body = ("This is an automated spam complaint.\r\n\r\nOne of our subscribers, jw@isp.example, reported the message below "
            "as\r\nspam (unsolicited bulk email) using the \"This is spam\" button in our webmail.\r\nPlease remove this address "
            "from your mailing list.\r\n")
    report = classify(mail("From: Abuse Desk <abuse-reports@isp.example>\nTo: news@shop.example\n"
                           "Subject: Spam complaint [SN-447812] regarding 192.0.2.24", body))
    assert kind_and_reasons(report) == ("complaint", [("jw@isp.example", "complaint")])


def test_an_organisations_filter_that_asks_the_sender_to_prove_a_person_is_a_challenge() -> None:
    body = ("Dear sender,\n\nOur anti-spam system is holding your message to sales@client.example. Please confirm that you are "
            "a real person by clicking the link below. Your message will be delivered after confirmation; unconfirmed "
            "messages are deleted after 7 days.\n\nhttps://verify.client.example/confirm?t=dacf\n")
    report = classify(mail("Return-Path: <>\nFrom: Sender verification <verify@client.example>\nTo: news@shop.example\n"
                           "Subject: Please confirm your message\nAuto-Submitted: auto-replied\n" + UTF8, body))
    assert kind_and_reasons(report) == ("challenge", [("sales@client.example", "challenge")])


def test_an_organisations_quarantine_that_asks_nothing_of_the_sender_is_no_challenge() -> None:
    body = ("Our anti-spam system is holding your message to sales@client.example for review by an administrator. No action "
            "is required on your part.\n")
    report = classify(mail("Return-Path: <>\nFrom: Mail Filter <filter@client.example>\nTo: news@shop.example\n"
                           "Subject: Message held\nAuto-Submitted: auto-generated\n" + UTF8, body))
    assert report.kind != "challenge"


def test_an_indonesian_new_mail_whose_subject_is_the_request() -> None:
    body = ("Selamat siang,\nMohon hapus alamat email saya dari daftar newsletter. Saya sudah tidak ingin menerima email "
            "promosi lagi.\nTerima kasih.\n")
    report = classify(mail(f"From: Yulianti <yulianti@client.example>\nTo: news@shop.example\nSubject: Berhenti berlangganan\n{UTF8}",
                           body))
    assert kind_and_reasons(report) == ("unsubscribe", [("yulianti@client.example", "unsubscribe")])


def test_greylisting_named_in_the_words_outranks_powermtas_policy_category() -> None:
    body = ("--b\nContent-Type: text/plain\n\nDelivery delayed.\n--b\nContent-Type: message/delivery-status\n\n"
            "Reporting-MTA: dns; pmta.shop.example\n\nFinal-Recipient: rfc822; delia@client.example\nAction: delayed\n"
            "Status: 4.7.1\nDiagnostic-Code: smtp; 451 4.7.1 <delia@client.example>: Recipient address rejected: Greylisted, "
            "please try again in 300 seconds\nX-PowerMTA-BounceCategory: policy-related\n--b--\n")
    report = classify(mail("From: MAILER-DAEMON@pmta.shop.example\nTo: news@shop.example\nSubject: Delivery delayed\n"
                           "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=b", body))
    assert kind_and_reasons(report) == ("delayed", [("delia@client.example", "rate_limited")])


def test_a_virus_found_in_swedish_is_still_a_virus() -> None:
    assert decide(status="5.7.1", diagnostic="554 5.7.1 Virus hittades i bilagan (Win.Trojan.Agent)") == "virus_detected"


def test_greylisting_mentioned_beside_a_permanent_refusal_does_not_outrank_powermtas_category() -> None:
    body = ("--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; pmta.shop.example\n\n"
            "Final-Recipient: rfc822; service@client.example\nAction: failed\nStatus: 5.7.1\nDiagnostic-Code: smtp; 550 5.7.1 "
            "Message refused by local policy: bulk mail is not accepted for this domain. Note: temporary 451 greylisting "
            "answers from this host are normal; this rejection is permanent.\nX-PowerMTA-BounceCategory: policy-related\n--b--\n")
    report = classify(mail("From: MAILER-DAEMON@pmta.shop.example\nTo: news@shop.example\nSubject: Delivery failed\n"
                           "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=b", body))
    assert report.recipients[0].reason != "rate_limited" and report.recipients[0].class_ == "block"


# ---- challenges and receipts in more wordings ------------------------------------------------------------------------


def test_a_german_challenge_that_asks_for_a_person_and_names_whom_it_protects() -> None:
    body = ("Guten Tag,\n\nIhre Nachricht an m.schulz@client.example wurde von unserem Spamschutz\nvorläufig zurückgehalten. Um "
            "sicherzustellen, dass die Nachricht von\neinem Menschen und nicht von einem automatischen Programm stammt, klicken\n"
            "Sie bitte einmalig auf den folgenden Link und bestätigen Sie sich:\nhttps://verify.client.example/c/9f2e\n")
    report = classify(mail("Return-Path: <>\nFrom: Spamschutz <verify@client.example>\nTo: news@shop.example\n"
                           "Subject: Bitte bestätigen Sie Ihre Nachricht an m.schulz@client.example\nAuto-Submitted: auto-replied\n"
                           + UTF8, body))
    assert kind_and_reasons(report) == ("challenge", [("m.schulz@client.example", "challenge")])


def test_a_spanish_challenge_named_by_the_antispam_system_of_the_person() -> None:
    body = ("Este es un mensaje automático del sistema de protección antispam de rodrigo@client.example.\nSu mensaje ha sido "
            "retenido hasta que verifique que usted es una persona y no un programa de envío masivo. Para verificarlo, "
            "responda a este correo sin modificar el asunto.\n")
    report = classify(mail("Return-Path: <>\nFrom: Verificacion Antispam <verifica@client.example>\nTo: news@shop.example\n"
                           "Subject: Verifique su envío [#DC064368]\nAuto-Submitted: auto-replied\n" + UTF8, body))
    assert kind_and_reasons(report) == ("challenge", [("rodrigo@client.example", "challenge")])


def test_an_exchange_2003_receipt_that_names_its_recipient_by_address_alone() -> None:
    text = ("Ihre Nachricht\n\n  An:      Barbara Hoffmann\n  Betreff: June news\n\nwurde an folgende(n) Empfänger übermittelt:\n\n"
            "  b.hoffmann@client.example am Tue, 12 Mar 2024 09:14:09 +0100\n")
    report = classify(mail("From: System Administrator <postmaster@client.example>\nTo: news@shop.example\n"
                           f"Subject: Übermittelt: June news\n{UTF8}", text))
    assert kind_and_reasons(report) == ("delivered", [("b.hoffmann@client.example", "delivered")])


# ---- data-loss prevention and holds said by the gateway ---------------------------------------------------------------
def test_a_dlp_notice_of_our_own_organisations_policy() -> None:
    body = ("Your message could not be delivered.\n\nThe message you sent to closing@client.example contains sensitive "
            "information (Bank Account Number) and was blocked by your organization's email encryption policy.\n")
    report = _notice("Zix Email Encryption <donotreply@zixmessagecenter.example>", "Message Blocked: June news", body)
    assert kind_and_reasons(report) == ("failed", [("closing@client.example", "policy_violation")])


def test_a_product_that_blocked_your_email_to_a_recipient_in_the_past_tense() -> None:
    body = ("Your email was not sent\n\nHarmony Email & Collaboration blocked your email to bd@client.example because it "
            "matched the Data Loss Prevention rule \"Confidential - R&D documents\".\n")
    report = _notice("Check Point Harmony Email <no-reply@notifications.checkpoint.example>",
                     "Your email was blocked by DLP policy", body)
    assert kind_and_reasons(report) == ("failed", [("bd@client.example", "policy_violation")])


def test_a_hold_by_the_recipients_security_service_for_an_administrators_review() -> None:
    body = ("Your message is being held\n\nThe message below has been held by the recipient's email security service for review "
            "by an administrator, because it matched a content examination policy.\n\n  Recipient: applications@client.example\n"
            "  Subject:   June news\n\nNo action is required from you. If the message is released, it will be delivered to the "
            "recipient.\n\nMimecast on behalf of client.example\n")
    report = _notice("Client Postmaster <postmaster@client.example>", "Message held for review: June news", body)
    assert [x.reason for x in report.recipients] == ["on_hold"]


def test_our_ip_blocked_by_a_named_service_is_still_a_block() -> None:
    assert decide(status="5.7.1", diagnostic="550 5.7.1 Your message was blocked by Spamhaus: 192.0.2.7 is listed") == "blocked"


def test_a_relays_csv_row_of_a_delivered_recipient_beside_a_failed_one() -> None:
    body = ("Leveransrapport för meddelande <a1@shop.example>\nÄmne: June news\n\nadress;status;kod;text\n"
            "lars@client.example;MISSLYCKADES;550;5.1.1 Okänd mottagare - brevlådan finns inte\n"
            "karin@client.example;LEVERERAT;250;2.0.0 OK\n")
    report = classify(mail("Return-Path: <>\nFrom: Relay <relay-report@gw.client.example>\nTo: news@shop.example\n"
                           f"Subject: Leveransrapport 2024-10-01\nAuto-Submitted: auto-generated\n{UTF8}", body))
    assert kind_and_reasons(report) == ("failed", [("lars@client.example", "user_unknown"),
                                                   ("karin@client.example", "delivered")])


@pytest.mark.parametrize("diagnostic, reason", [
    # a message held while a sandbox looks at it: held, nothing refused
    ("Your message to m.okafor@client.example is being held while its attachments are analyzed by Proofpoint Targeted "
     "Attack Protection. The message will be delivered automatically if the analysis finds no threat.", "on_hold"),
    ("Ihre E-Mail an bauamt@client.example wird derzeit in einer Sandbox analysiert. Die E-Mail wird nach Abschluss der "
     "Prüfung automatisch zugestellt.", "on_hold"),
    ("koho@client.example 宛てのメッセージは、受信者組織のセキュリティポリシーにより保留され、まだ配信されていません。", "on_hold"),
    # our sender refused as such ("illegal sender"); an illegal recipient stays the recipient
    ("550 illegal sender.", "rejected"),
    ("550 5.1.1 illegal recipient", "user_unknown"),
])
def test_a_sandbox_hold_and_an_illegal_sender(diagnostic: str, reason: str) -> None:
    assert decide(status=None, diagnostic=diagnostic) == reason


def test_a_polish_challenge_that_asks_for_a_person() -> None:
    body = ("Dzień dobry,\nwysłał(a) Pan/Pani wiadomość do r.sikora@client.example. Adresat korzysta z ochrony antyspamowej i "
            "przyjmuje pocztę tylko od potwierdzonych nadawców.\nAby wiadomość została dostarczona, prosimy potwierdzić, że jest "
            "Pan/Pani człowiekiem, klikając poniższy link:\n  https://antyspam.client.example/potwierdz?id=ede1\n")
    report = classify(mail("Return-Path: <>\nFrom: Ochrona antyspamowa <antyspam@client.example>\nTo: news@shop.example\n"
                           "Subject: Potwierdź wysłanie wiadomości do r.sikora@client.example\nAuto-Submitted: auto-replied\n"
                           + UTF8, body))
    assert kind_and_reasons(report) == ("challenge", [("r.sikora@client.example", "challenge")])


def test_a_hungarian_new_mail_whose_subject_is_the_request() -> None:
    report = classify(mail(f"From: Molnár István <molnar@client.example>\nTo: news@shop.example\nSubject: Leiratkozás\n{UTF8}",
                           "Kérem, töröljenek a hírlevél-listájukról. Köszönöm.\nMolnár István\n"))
    assert kind_and_reasons(report) == ("unsubscribe", [("molnar@client.example", "unsubscribe")])


def test_a_czech_abuse_desks_complaint() -> None:
    body = ("Dobrý den,\nnáš zákazník jiri@isp.example nahlásil níže uvedenou zprávu jako nevyžádanou obchodní sdělení (SPAM).\n"
            "Žádáme Vás o okamžité vyřazení adresy z Vašich rozesílek.\n")
    report = classify(mail("From: Abuse HostingNet <abuse@isp.example>\nTo: news@shop.example\n"
                           f"Subject: Stížnost na nevyžádanou poštu [#40076]\n{UTF8}", body))
    assert kind_and_reasons(report) == ("complaint", [("jiri@isp.example", "complaint")])
