"""Auto-responders that say our message was not delivered, list owners' own notices, Exchange rules' texts in more
layouts and languages, and more of the words administrators write.

Each case is a wording written for the rule it tests (none copied from a sample): what the words mean decides,
whatever code a server sends them with.
"""
from __future__ import annotations

import pytest

from filter import classify
from filter.core.classifier import decide
from shapes import mail

NULL = "Return-Path: <>\n"
UTF8 = "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"


@pytest.mark.parametrize("status, diagnostic, reason", [
    # our sending domain named and refused
    ("5.7.1", "550 5.7.1 Mail from the sender domain shop.example is blocked by the council", "rejected"),
    ("5.7.1", "550 5.7.1 Sending domain news.shop.example has been banned here", "rejected"),
    # a callout to our return address found nothing
    ("4.7.1", "450 4.7.1 Sender callout failed for <news@shop.example>", "rejected"),
    ("5.7.1", "550 5.7.1 Policy rejection - sender mailbox <help@shop.example> does not exist (return path "
              "unverifiable)", "rejected"),
    ("5.7.1", "550 5.7.1 the sender's mailbox <help@shop.example> is unavailable / could not be verified", "rejected"),
    # greylisting in plain words (English, French, Spanish, Italian, Portuguese, Dutch)
    ("4.7.1", "450 4.7.1 Your server is not yet known to us, please try again in ten minutes", "rate_limited"),
    ("4.7.1", "450 4.7.1 Votre serveur n'est pas encore connu de nos services, réessayez plus tard", "rate_limited"),
    ("4.7.1", "450 4.7.1 Su servidor aún no es conocido; vuelva a intentarlo en unos minutos", "rate_limited"),
    ("4.7.1", "450 4.7.1 Il vostro server non è ancora conosciuto, riprovate più tardi", "rate_limited"),
    ("4.7.1", "450 4.7.1 O seu servidor ainda não é conhecido, tente mais tarde", "rate_limited"),
    ("4.7.1", "450 4.7.1 Uw server is ons nog niet bekend, probeer het later opnieuw", "rate_limited"),
    # the site's list of networks it refuses, named by what is on it
    ("5.7.1", "554 5.7.1 Your network 192.0.2.0/24 is on our list of refused networks", "blocked"),
    ("5.7.1", "554 5.7.1 Client host 192.0.2.9 is on the list of blocked hosts", "blocked"),
    # the standing of our sending IP is reputation
    ("4.7.0", "421 4.7.0 The standing of your sending IP with our users is too low; try later", "bad_reputation"),
    # a link of the message with a poor reputation is its content
    ("5.7.1", "554 5.7.1 Rejected: the message contains a link (go.short.example) with a poor reputation", "spam_detected"),
    ("5.7.1", "550 5.7.1 Abgewiesen wegen URL-Reputation", "spam_detected"),
    # the sender suspected of spam: its standing, no message judged
    ("5.0.0", "550 Suspected spam sender. http://help.mail.example/cgi-bin/help?id=20022", "bad_reputation"),
    # the recipient's account not in good standing, disabled
    ("5.2.1", "550 5.2.1 The account is not in good standing and has been disabled", "suspended"),
    # the size the gateway allows, its scope between (German)
    (None, "Die Nachricht überschreitet die für ausgehende E-Mails zulässige Größe von 10 MB", "message_too_large"),
    # attachments of a type not allowed (Czech, with and without its letters)
    ("5.7.1", "550 5.7.1 Přílohy typu .zip a .rar nejsou v naší firmě povoleny.", "policy_violation"),
    ("5.7.1", "550 5.7.1 Prilohy typu .exe nejsou povoleny.", "policy_violation"),
    # a mailbox made inactive by the administrator (Hindi)
    (None, "प्राप्तकर्ता का मेलबॉक्स प्रशासक द्वारा निष्क्रिय कर दिया गया है।", "suspended"),
    # the receiving server down for now (Portuguese, Spanish, Polish)
    ("4.2.0", "450 4.2.0 Servidor temporariamente indisponível. Tente novamente mais tarde.", "system_error"),
    ("4.3.0", "451 4.3.0 Servidor temporalmente no disponible", "system_error"),
    ("4.3.2", "421 4.3.2 Serwer chwilowo niedostępny - prace serwisowe.", "system_error"),
    # the mailbox moved, its new address given (Bulgarian)
    (None, "Пощенската кутия на получателя е преместена. Новият адрес е ana@new.example", "has_moved"),
    # the recipient's own filter (Norwegian, Danish, Swedish)
    ("5.7.1", "550 5.7.1 Meldingen ble avvist av mottakerens eget filter.", "filtered"),
    ("5.7.1", "550 5.7.1 Mottakeren ønsker ikke e-post fra denne avsenderen.", "filtered"),
    ("5.7.1", "550 5.7.1 Beskeden blev afvist af modtagerens eget filter.", "filtered"),
    ("5.7.1", "550 5.7.1 Meddelandet stoppades av mottagarens eget filter.", "filtered"),
    # unwanted mail, the Arabic word for spam
    ("5.7.1", "550 5.7.1 تم رفض الرسالة لأنها مصنفة كرسائل غير مرغوب فيها", "spam_detected"),
    # our server's IP on the block list (Korean)
    ("5.7.1", "554 5.7.1 귀하의 메일서버 IP가 차단 목록에 등록되어 있습니다", "blocked"),
    # held in quarantine for the administrator (Portuguese, Indonesian)
    (None, "A sua mensagem foi retida na quarentena e aguarda aprovação do administrador.", "on_hold"),
    (None, "Pesan Anda ditahan (karantina) oleh gateway email kami.", "on_hold"),
    # -- the second adversarial probe's wordings ---------------------------------------------------------------
    (None, "Põhjus: teie saatva serveri IP-aadress 192.0.2.47 on meie serveris blokeeritud.", "blocked"),
    (None, "Dôvod: server príjemcu vyžaduje šifrované spojenie (TLS), ktoré sa nepodarilo nadviazať.", "failed_starttls"),
    ("5.7.1", "550 5.7.1 No aceptamos mensajes con archivos adjuntos ejecutables.", "policy_violation"),
    ("5.7.1", "550 5.7.1 Nachrichten von Ihrer Domäne werden von unserer Organisation nicht angenommen.", "rejected"),
    ("5.7.1", "La politique de sécurité de l'établissement interdit la réception de messages groupés.", "policy_violation"),
    # an address of mail that no longer exists (Spanish, the noun's complement between)
    (None, "Esta dirección de correo ya no existe.", "user_unknown"),
    (None, "La cuenta de correo electrónico ya no existe.", "user_unknown"),
    # -- second batch: the same meanings in other words --------------------------------------------------------
    ("5.7.1", "550 5.7.1 Absenderadresse <news@shop.example> konnte nicht verifiziert werden (Sender-Callout fehlgeschlagen)",
     "rejected"),
    ("4.7.1", "450 4.7.1 Uw server is nog niet bij ons bekend, probeer het later opnieuw", "rate_limited"),
    ("5.7.1", "550 5.7.1 Uw IP-adres 192.0.2.35 staat op onze lijst van geweigerde netwerken", "blocked"),
    ("5.7.1", "550 5.7.1 Message rejected: contains a link (URL) with poor reputation [go.example/x]", "spam_detected"),
    ("5.7.1", "554 5.7.1 Die Nachricht enthält einen Link mit schlechter Reputation", "spam_detected"),
    ("5.7.1", "550 5.7.1 The recipient has added your address to their personal list of blocked senders", "filtered"),
    (None, "The receiving server is limiting the number of messages it accepts from our server", "rate_limited"),
    ("5.7.1", "550 5.7.1 No se aceptan mensajes con archivos adjuntos ejecutables o macros.", "policy_violation"),
    (None, "Mon adresse électronique a changé. Je suis désormais joignable à l'adresse claire@new.example.", "has_moved"),
    (None, "Este endereço foi transferido para financeiro@firm.example.", "has_moved"),
    # -- the twenty-seventh writer's languages --------------------------------------------------------------------
    (None, "Sababu: Sanduku la barua la mpokeaji limejaa.", "mailbox_full"),
    (None, "Arsyeja: Kutia postare e marrësit është e mbushur.", "mailbox_full"),
    (None, "550 Ko si oluṣamulo bẹẹ ni ẹgbẹ wa mọ. Adirẹsi imeeli yii ti paarẹ.", "user_unknown"),
    ("5.2.1", "550 5.2.1 Foydalanuvchi hisobi administrator tomonidan bloklangan.", "suspended"),
    ("5.7.1", "554 5.7.1 Vasa IP adresa 192.0.2.150 nalazi se na crnoj listi.", "blocked"),
    ("5.7.0", "530 5.7.0 Savienojumam ir nepieciešama TLS šifrēšana.", "failed_starttls"),
    ("4.7.0", "421 4.7.0 Terlalu banyak mesej dihantar dari alamat IP anda. Sila cuba sebentar lagi.", "rate_limited"),
])
def test_the_words_decide(status: str | None, diagnostic: str, reason: str) -> None:
    assert decide(status=status, diagnostic=diagnostic, action="failed") == reason


@pytest.mark.parametrize("status, diagnostic, reason", [
    # "your account" not in good standing is our sending account: a refusal of the sender
    ("5.7.1", "550 5.7.1 Your account is not in good standing; sending disabled", "rejected"),
    # the recipient's mailbox named beside a refused sender domain stays the recipient's reading
    ("5.1.1", "550 5.1.1 The sender domain check passed but the mailbox ana does not exist", "user_unknown"),
    # the mailbox's storage standing is no reputation
    ("5.2.2", "552 5.2.2 The mailbox is over its storage limit", "mailbox_full"),
])
def test_what_the_words_are_not(status: str | None, diagnostic: str, reason: str) -> None:
    assert decide(status=status, diagnostic=diagnostic, action="failed") == reason


@pytest.mark.parametrize("subject, body, address", [
    # a postmaster's plain notice in Swahili and Albanian, marked Auto-Submitted as mail systems do: no auto-reply
    ("Ujumbe haukuwasilishwa", "Ujumbe wako haukuweza kuwasilishwa kwa mpokeaji:\n\n    maabara@firm.example\n\n"
     "Sababu: Sanduku la barua la mpokeaji limejaa.\n", "maabara@firm.example"),
    ("Mesazhi nuk u dorëzua", "Mesazhi juaj nuk mund të dorëzohej te marrësi:\n\n    ana@firm.example\n\n"
     "Arsyeja: Kutia postare e marrësit është e mbushur.\n", "ana@firm.example"),
])
def test_a_postmasters_notice_in_swahili_and_albanian(subject: str, body: str, address: str) -> None:
    raw = mail(f"{NULL}From: Mail System <postmaster@firm.example>\nTo: news@shop.example\nSubject: {subject}\n"
               f"Auto-Submitted: auto-replied\n{UTF8}", body)
    r = classify(raw)
    assert (r.kind, [(x.address, x.reason) for x in r.recipients]) == ("failed", [(address, "mailbox_full")])


# ---- mail-security products' own notices, localised ---------------------------------------------------------------
@pytest.mark.parametrize("sender, subject, body, reason", [
    ("Barracuda Email Protection <noreply@ess.barracuda.example>", "Message non remis : Devis",
     "Message non remis\n\nVotre message à ana@firm.example n'a pas pu être remis.\n\nRaison : le message contient une "
     "pièce jointe protégée par mot de passe (facture.zip), ce qui n'est pas autorisé par la politique de sécurité.\n",
     "policy_violation"),
    ("Sophos Email <do-not-reply@email.sophos.example>", "Nachricht blockiert: Rechnung",
     "Ihre E-Mail wurde nicht zugestellt\n\nSophos Email hat Ihre Nachricht an ana@firm.example blockiert.\n\n"
     "Grund: Die Nachricht enthält ein Office-Dokument mit Makros. Dateien dieses Typs werden nicht angenommen.\n",
     "policy_violation"),
    ("Sophos Email <do-not-reply@email.sophos.example>", "Nachricht in Quarantäne",
     "Ihre Nachricht wurde zurückgehalten\n\nIhre Nachricht an ana@firm.example wurde von Sophos Email in die Quarantäne "
     "verschoben und wartet auf die Freigabe durch einen Administrator.\n\nGrund: Verdacht auf Massen-E-Mail\n", "on_hold"),
    ("Trend Micro Email Security <no-reply@tmes.trend.example>", "メッセージを配信できませんでした",
     "ana@firm.example 宛てに送信されたメッセージは、Trend Micro Email Security によりスパムメールと判定されたため、"
     "ブロックされました。\n", "spam_detected"),
    ("Symantec Messaging Gateway <postmaster@firm.example>", "Uw bericht is in quarantaine geplaatst",
     "Uw bericht aan ana@firm.example is door het e-mailbeveiligingssysteem van de ontvanger in quarantaine geplaatst en "
     "wacht op goedkeuring door een beheerder.\n\nReden: mogelijk ongewenste bulkmail\n", "on_hold"),
    ("ZixProtect <donotreply@zixmail.example>", "Message Rejected by Policy",
     "Your message was not delivered.\n\nZixProtect has rejected your message to ana@firm.example because it contains "
     "content restricted by the recipient organization's data loss prevention policy.\n", "policy_violation"),
    ("ScanMail for Microsoft Exchange <SMEX@firm.example>", "ScanMail Message: To Sender, virus found",
     "ScanMail for Microsoft Exchange has detected a virus in the message you sent.\n\nRecipient: ana@firm.example\n"
     "Virus/Malware: TROJ_FRS.VSNTC825\nAction taken: Deleted\n", "virus_detected"),
])
def test_a_security_products_notice_in_its_language(sender: str, subject: str, body: str, reason: str) -> None:
    raw = mail(f"From: {sender}\nTo: news@shop.example\nSubject: {subject}\n{UTF8}", body)
    r = classify(raw)
    assert (r.kind, [(x.address, x.reason) for x in r.recipients]) == ("failed", [("ana@firm.example", reason)])


@pytest.mark.parametrize("subject, body", [
    ("Ihre Nachricht wurde zur Prüfung zurückgehalten",
     "Ihre Nachricht an ana@firm.example wurde vom Mailfilter in Quarantäne gestellt und wird vom Administrator geprüft.\n"),
    ("Uw bericht is tegengehouden voor controle",
     "Uw bericht aan ana@firm.example is tegengehouden door ons e-mailfilter en wacht op beoordeling door de beheerder.\n"),
])
def test_a_postmasters_hold_notice_naming_the_recipient_in_its_sentence(subject: str, body: str) -> None:
    raw = mail(f"{NULL}From: Mail Delivery System <postmaster@firm.example>\nTo: news@shop.example\nSubject: {subject}\n"
               f"Auto-Submitted: auto-replied\n{UTF8}", body)
    r = classify(raw)
    assert (r.kind, [(x.address, x.reason) for x in r.recipients]) == ("failed", [("ana@firm.example", "on_hold")])


def test_a_quarantine_digest_to_the_recipient_is_no_notice() -> None:
    raw = mail(f"From: Sophos Email <do-not-reply@email.sophos.example>\nTo: ana@firm.example\n"
               f"Subject: Ihre Quarantäne-Übersicht\n{UTF8}",
               "In Ihrer Quarantäne befinden sich 3 Nachrichten, die auf Ihre Freigabe warten.\n\n"
               "Von: news@shop.example  Betreff: Angebote\n")
    assert classify(raw).kind == "not_bounce"


@pytest.mark.parametrize("status, diagnostic, reason", [
    # held and awaiting review: held, whatever rule put it there
    (None, "The message you sent to <ana@firm.example> has been placed on hold by the recipient organization's content "
           "policy and is awaiting review by an administrator.", "on_hold"),
    (None, "Il messaggio è stato messo in quarantena ed è in attesa di revisione. Motivo: possibile posta indesiderata",
     "on_hold"),
    # refused, no review to come: the cause
    ("5.7.1", "550 5.7.1 Message quarantined as spam and deleted", "spam_detected"),
    # the recipient domain's content compliance rule
    ("5.7.1", "550 5.7.1 Message rejected by the recipient domain's content compliance policy.", "policy_violation"),
])
def test_a_hold_awaiting_review(status: str | None, diagnostic: str, reason: str) -> None:
    assert decide(status=status, diagnostic=diagnostic, action="failed") == reason


def test_domino_names_the_recipient_inside_its_reason() -> None:
    raw = mail(f"{NULL}From: Postmaster@firm.example\nTo: news@shop.example\nSubject: DELIVERY FAILURE: User jo\n",
               "------- Failure Reasons  --------\n\nUser jo (jo@firm.example) not listed in public Name & Address Book\n"
               "jo@firm.example\n\n\n------- Returned Message --------\n")
    r = classify(raw)
    assert (r.kind, [(x.address, x.reason) for x in r.recipients]) == ("failed", [("jo@firm.example", "user_unknown")])


def test_an_exchange_ndr_whose_own_sentence_names_the_rule_stays_the_policy() -> None:
    raw = _dsn("Uw bericht aan ana@firm.example kan niet worden bezorgd.\n\nUw bericht is geweigerd door een regel voor "
               "e-mailstroom (transportregel) van de organisatie van de ontvanger.\n\nDiagnostische gegevens voor "
               "beheerders:\n\nana@firm.example\nExterne server heeft '" + RULE + "' geretourneerd\n", RULE)
    assert [x.reason for x in classify(raw).recipients] == ["policy_violation"]


# ---- auto-responders that say our message was not delivered ---------------------------------------------------
@pytest.mark.parametrize("subject, headers, body, reason", [
    ("Auto-Reply: June news", "Auto-Submitted: auto-replied\n",
     "This address is no longer in use. Ben has left Ashworth Legal and this mailbox has been closed.\n\n"
     "Your message has NOT been delivered. Please write to reception@firm.example.\n", "user_unknown"),
    ("Automatische Antwort: Sommer", "Auto-Submitted: auto-generated\n",
     "Diese E-Mail-Adresse existiert nicht mehr.\nIhre Nachricht wurde NICHT zugestellt.\n", "user_unknown"),
    ("Respuesta automática: Ofertas", "Auto-Submitted: auto-replied\n",
     "Esta dirección de correo ya no existe. Su mensaje no ha sido entregado.\n", "user_unknown"),
    ("自動応答: ご案内", "Auto-Submitted: auto-replied\n",
     "このメールアドレスは現在使用されておりません。\nお送りいただいたメールは配信されておりません。\n", "user_unknown"),
    ("Automatic reply: address changed", "Auto-Submitted: auto-replied\n",
     "My address has changed. Mail sent here is no longer delivered and has been discarded.\n\n"
     "My new address is chris@new.example - please update your records.\n", "has_moved"),
    ("Auto-Reply: Sommer", "X-Autoreply: yes\n",
     "The mailbox info@inn.example has been disabled by the administrator.\nYour message was not delivered.\n",
     "suspended"),
    ("Auto-Reply: Spring news", "Auto-Submitted: auto-replied\n",
     "Following the merger, this address has been closed.\nMessages sent here are discarded without being read.\n",
     "user_unknown"),
    ("Réponse automatique : Nouvelles", "Auto-Submitted: auto-replied\n",
     "Mon adresse électronique a changé. Je suis désormais joignable à l'adresse ana@new.example.\n\n"
     "Votre message n'a pas été transmis et ne sera pas lu à cette ancienne adresse.\n", "has_moved"),
])
def test_an_autoresponder_that_says_the_address_is_gone_and_the_message_undelivered(
        subject: str, headers: str, body: str, reason: str) -> None:
    raw = mail(f"{NULL}From: Person <ana@firm.example>\nTo: news@shop.example\nSubject: {subject}\n{headers}{UTF8}", body)
    r = classify(raw)
    assert (r.kind, [(x.address, x.reason) for x in r.recipients]) == ("failed", [("ana@firm.example", reason)])


@pytest.mark.parametrize("subject, body", [
    # left, the address to be deleted later: the mailbox took the message
    ("Automatic reply: June news", "I have left the company. This address will be deleted at the end of the month.\n"
                                   "Please write to office@firm.example.\n"),
    # an absence note: not forwarded, not read, but delivered
    ("Abwesenheitsnotiz: Sommer", "Ich bin bis 20. Juli in Elternzeit. Ihre Nachricht wird nicht weitergeleitet.\n"),
    ("Out of office: June news", "I am on leave until 3 June; mail will not be read until I return.\n"),
    # "not delivered" with no word that the address is gone
    ("Auto-Reply: June news", "Thank you. If your parcel was not delivered, please call our hotline.\n"),
])
def test_an_autoresponder_that_took_the_message_stays_an_auto_reply(subject: str, body: str) -> None:
    raw = mail(f"{NULL}From: Person <ana@firm.example>\nTo: news@shop.example\nSubject: {subject}\n"
               f"Auto-Submitted: auto-replied\n{UTF8}", body)
    r = classify(raw)
    assert (r.kind, [x.address for x in r.recipients]) == ("auto_reply", ["ana@firm.example"])


def test_a_challenge_that_asks_for_a_click_about_a_held_message() -> None:
    raw = mail(f"{NULL}From: Email Security <verify@firm.example>\nTo: news@shop.example\n"
               f"Subject: Sender verification required: June news\n{UTF8}",
               "You recently sent a message to ana@firm.example. Because you are not yet on our list of approved "
               "senders, your message has been held.\n\nPlease confirm you are human by visiting the link below.\n\n"
               "  https://verify.firm.example/c/7Q2\n")
    r = classify(raw)
    assert (r.kind, [x.address for x in r.recipients]) == ("challenge", ["ana@firm.example"])


def test_a_sign_up_that_asks_to_confirm_you_are_human_is_no_challenge() -> None:
    raw = mail(f"From: Forum <noreply@forum.example>\nTo: news@shop.example\nSubject: Finish your registration\n{UTF8}",
               "Welcome! Please confirm you are human by clicking the link below to activate your new account.\n\n"
               "  https://forum.example/activate/xyz\n")
    assert classify(raw).kind != "challenge"


# ---- requests to take a colleague's address off the list ---------------------------------------------------------
@pytest.mark.parametrize("body, address", [
    ("Please remove my colleague Jana Novak (jana.novak@firm.example) from your mailing list - she left.\n",
     "jana.novak@firm.example"),
    ("Kindly take raj.patel@firm.example off your distribution, he has retired. You can keep me on.\n",
     "raj.patel@firm.example"),
    ("bitte nehmen Sie die Adresse unseres ehemaligen Kollegen m.weber@firm.example aus Ihrem Verteiler.\n",
     "m.weber@firm.example"),
    ("Merci de retirer de votre liste de diffusion l'adresse de ma collègue Léa Girard : l.girard@firm.example.\n",
     "l.girard@firm.example"),
])
def test_a_request_to_remove_a_colleague_in_more_words(body: str, address: str) -> None:
    raw = mail(f"From: Office <office@firm.example>\nTo: news@shop.example\nSubject: RE: June news\n{UTF8}", body)
    r = classify(raw)
    assert (r.kind, [x.address for x in r.recipients]) == ("unsubscribe", [address])


@pytest.mark.parametrize("body, address", [
    ("bitte nehmen Sie die Adresse meines Kollegen Herrn Vogel, t.vogel@firm.example,\naus Ihrem Verteiler.\n",
     "t.vogel@firm.example"),
    ("merci de désinscrire ma collègue Nathalie Roux (nathalie.roux@firm.example) de votre liste de diffusion.\n",
     "nathalie.roux@firm.example"),
    ("les ruego que den de baja de su lista de correo a mi compañero Javier García\n(jgarcia@firm.example), ya no "
     "trabaja aquí.\n", "jgarcia@firm.example"),
    ("Wilt u mijn collega Sanne Bakker (s.bakker@firm.example) uit uw mailinglijst verwijderen?\n", "s.bakker@firm.example"),
    ("vi prego di cancellare dalla vostra mailing list l'indirizzo della mia collega Francesca Conti:\nf.conti@firm.example\n",
     "f.conti@firm.example"),
    ("por favor, removam o endereço do meu colega Rúben Alves (ruben.alves@firm.example)\nda vossa lista de envio.\n",
     "ruben.alves@firm.example"),
    ("Graag het e-mailadres van mijn collega Sanne de Vries (s.devries@firm.example) van jullie mailinglijst verwijderen.\n",
     "s.devries@firm.example"),
    ("Favor descadastrar minha colega Fernanda Souza (fernanda.souza@firm.example) da lista de e-mails de vocês.\n",
     "fernanda.souza@firm.example"),
])
def test_a_request_to_remove_a_colleague_in_five_more_languages(body: str, address: str) -> None:
    raw = mail(f"From: Office <office@firm.example>\nTo: news@shop.example\nSubject: RE: June news\n{UTF8}", body)
    r = classify(raw)
    assert (r.kind, [x.address for x in r.recipients]) == ("unsubscribe", [address])


@pytest.mark.parametrize("body", [
    "Dear Sir or Madam,\n\nI can not give any more.  PLEASE TAKE MY NAME OFF YOUR LIST.\n\nGod bless you.\n",
    "My husband passed away in March. Please remove his name and this email from your mailings.\n",
    "We moved away, so please take me off the volunteer email list. It was a pleasure!\n",
    "Remove\n\nSent from my iPhone\n",
    "Kindly strike my address from your newsletter list; I retired last year.\n",
    "Please delete me from the Friday digest list, thanks.\n",
    "I am Edna's son. Please take her name off your list and stop sending to this address.\n",
    "please unsubscribe me from the alumni members’ list.\n",
])
def test_a_readers_request_in_more_english_words(body: str) -> None:
    raw = mail(f"From: Reader <reader@isp.example>\nTo: news@shop.example\nSubject: Re: June appeal\n"
               f"In-Reply-To: <appeal-1@shop.example>\n{UTF8}", body)
    r = classify(raw)
    assert (r.kind, [x.address for x in r.recipients]) == ("unsubscribe", ["reader@isp.example"])


@pytest.mark.parametrize("body", [
    # someone else's list, a list of things to take away
    "Could you take my name off the list of speakers for Friday? I am ill.\n",
    "Please remove the old logo from your website.\n",
    # a request said not to be made
    "Please do NOT take me off your list! I am only changing jobs.\n",
])
def test_what_is_no_request_to_unsubscribe(body: str) -> None:
    raw = mail(f"From: Reader <reader@isp.example>\nTo: news@shop.example\nSubject: Re: Conference\n{UTF8}", body)
    assert classify(raw).kind == "not_bounce"


def test_a_complaint_with_a_masked_recipient_names_the_verp_address() -> None:
    raw = mail(f"{NULL}From: staff@hotmail.example\nTo: fbl@shop.example\nSubject: complaint about message\n"
               "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=feedback-report; boundary=B\n",
               "--B\nContent-Type: text/plain\n\nThis is an email abuse report.\n"
               "--B\nContent-Type: message/feedback-report\n\nFeedback-Type: abuse\nUser-Agent: JMRP/1.0\nVersion: 1\n"
               "Original-Mail-From: <bounces+kim22=hotmail.example@mail.shop.example>\n"
               "--B\nContent-Type: message/rfc822\n\nReturn-Path: <bounces+kim22=hotmail.example@mail.shop.example>\n"
               "From: Shop <news@shop.example>\nTo: xxxxxxx@hotmail.example\nSubject: June news\n\nHello\n--B--\n")
    r = classify(raw)
    assert (r.kind, [x.address for x in r.recipients]) == ("complaint", ["kim22@hotmail.example"])


def test_a_desks_complaint_with_a_masked_recipient_names_the_verp_address() -> None:
    raw = mail(f"From: Abuse Desk <abuse@northmail.example>\nTo: abuse@shop.example\nSubject: Spam complaint\n{UTF8}",
               "We have received a complaint from one of our customers about unsolicited email from your network.\n\n"
               "--- original message headers ---\nReturn-Path: <bounces+lena=northmail.example@mail.shop.example>\nFrom: Shop <news@shop.example>\n"
               "To: xxxxxxxxxx@northmail.example\nSubject: June news\n")
    r = classify(raw)
    assert (r.kind, [x.address for x in r.recipients]) == ("complaint", ["lena@northmail.example"])


def test_a_request_to_add_a_colleague_is_no_removal() -> None:
    raw = mail(f"From: Office <office@firm.example>\nTo: news@shop.example\nSubject: RE: June news\n{UTF8}",
               "Please add my colleague jana.novak@firm.example to your mailing list as well.\n")
    assert classify(raw).kind == "not_bounce"


# ---- list owners' own notices ----------------------------------------------------------------------------------
@pytest.mark.parametrize("sender, subject, body, address, reason", [
    ("bees-owner@lists.club.example", "Rejected posting to Bees: Photos",
     "Your message to the Bees mailing list was rejected.\n\nReason: the post (2.3 MB) is larger than this list's "
     "size limit of 200 KB.\n", "bees@lists.club.example", "message_too_large"),
    ("sympa@listes.uni.example", "Message rejeté",
     "Votre message pour la liste physics@listes.uni.example a été rejeté. Les pièces jointes ne sont pas acceptées "
     "sur cette liste.\n", "physics@listes.uni.example", "content_error"),
    # the moderator's rejection with the cause it gave: the cause
    ("orchard-owner@lists.farm.example", "Request to mailing list Orchard rejected",
     "Your request to the Orchard mailing list\n\n    Posting of your message titled \"News\"\n\nhas been rejected by the list "
     "moderator.  The moderator gave the\nfollowing reason for rejecting your request:\n\n\"Message body is too big: "
     "2483120 bytes with a limit of 40 KB.\"\n", "orchard@lists.farm.example", "message_too_large"),
    ("LISTSERV@LISTS.CHEM.EXAMPLE", "Message too large for CHEM-ED",
     "Your message is being returned to you unprocessed because it exceeds the maximum\nmessage size allowed for the "
     "CHEM-ED list (Sizelim= 500K).\n", "CHEM-ED@lists.chem.example", "message_too_large"),
    ("runners+owner@lists.park.example", "Message too big for runners",
     "Hi, this is the mlmmj program managing the <runners@lists.park.example>\nmailing list.\n\nThe message from "
     "<news@shop.example> with subject \"News\" was\nunable to be delivered to the list because it exceeds the maximum "
     "size of 51200\nbytes.\n", "runners@lists.park.example", "message_too_large"),
    ("LISTSERV@LISTSERV.UNI.EXAMPLE", "Message \"Minutes\" rejected",
     "Your message to the HIST-L list (HIST-L@LISTSERV.UNI.EXAMPLE) has been rejected: it is 1,204 lines long and the\n"
     "maximum size for postings to HIST-L is 500 lines.\n", "HIST-L@listserv.uni.example", "message_too_large"),
    ("dev+owner@lists.tiny.example", "Your message to dev@lists.tiny.example was too big",
     "Hi, this is the mlmmj program managing the <dev@lists.tiny.example> mailing list.\n\nThe message you sent to the "
     "list was not distributed because it is too big.\n", "dev@lists.tiny.example", "message_too_large"),
    ("chor-owner@listen.chor.example", "Anfrage an Mailingliste Chor abgelehnt",
     "Ihre Anfrage an die Mailingliste Chor\n\nwurde vom Moderator der Liste abgelehnt.\n",
     "chor@listen.chor.example", "rejected"),
    ("birds-bounces@groups.club.example", "Request to mailing list birds rejected",
     "Your message to the birds list was rejected by the list moderator.\n\nAny questions should be directed to the "
     "list administrator at:\n\n    birds-owner@groups.club.example\n", "birds@groups.club.example", "rejected"),
])
def test_a_list_owners_notice(sender: str, subject: str, body: str, address: str, reason: str) -> None:
    raw = mail(f"From: {sender}\nTo: news@shop.example\nSubject: {subject}\n{UTF8}", body)
    r = classify(raw)
    assert (r.kind, [(x.address, x.reason) for x in r.recipients]) == ("failed", [(address, reason)])


# ---- Exchange rules' own texts in more layouts ----------------------------------------------------------------
def _dsn(human: str, diagnostic: str, recipient: str = "ana@firm.example", status: str = "5.7.1",
         action: str = "failed") -> bytes:
    code = f"Diagnostic-Code: smtp; {diagnostic}\n" if diagnostic else ""
    return mail(f"{NULL}From: postmaster@firm.example\nTo: news@shop.example\nSubject: Undeliverable: June news\n"
                "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=B\n",
                f"--B\nContent-Type: text/plain; charset=utf-8\n\n{human}\n"
                f"--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; ex01.firm.example\n\n"
                f"Final-Recipient: rfc822; {recipient}\nAction: {action}\nStatus: {status}\n{code}--B--\n")


RULE = "550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy"


def test_a_rule_text_whose_report_names_the_recipient_again_before_the_reply() -> None:
    raw = _dsn("Your message to ana@firm.example couldn't be delivered.\n\nThis address is no longer in use. Ana has "
               "left Firm Ltd.\n\nana@firm.example\nRemote Server returned '" + RULE + "'\n", RULE)
    assert [x.reason for x in classify(raw).recipients] == ["user_unknown"]


@pytest.mark.parametrize("human", [
    # German, Exchange 2013's layout: the reply ends with "##", the report's label after it
    "Frau König ist nicht mehr bei den Stadtwerken beschäftigt.\n\nDiagnoseinformationen für Administratoren:\n\n"
    "Generierender Server: EX01\n\nana@firm.example\n#" + RULE + " ##\n\nUrsprüngliche Nachrichtenkopfzeilen:\n",
    # Italian: the recipient under the heading with its display name
    "Recapito non riuscito per i destinatari o i gruppi seguenti:\n\nAna Rossi (ana@firm.example)\nIl collega non lavora "
    "più presso il consorzio.\n\nInformazioni di diagnostica per gli amministratori:\n\nana@firm.example\n#" + RULE + " ##\n",
    # Portuguese: the heading, the rule's text, the administrators' section in its language, and the reply followed by
    # the label of the original's headers
    "Falha na entrega a estes destinatários ou grupos:\n\nana@firm.example\nA colaboradora Ana não faz mais parte da "
    "nossa equipe.\n\n\nInformações de diagnóstico para administradores:\n\nServidor de geração: EX01\n\n"
    "ana@firm.example\nO servidor remoto retornou '" + RULE + "'\n\nCabeçalhos da mensagem original:\n",
    # Dutch
    "Bezorging is mislukt voor deze geadresseerden of groepen:\n\nana@firm.example\nDeze medewerker is niet meer in "
    "dienst bij Firm.\n\n\nDiagnostische gegevens voor beheerders:\n\nGenererende server: EX01\n\nana@firm.example\n"
    "Externe server heeft '" + RULE + "' geretourneerd\n\nOorspronkelijke berichtkoppen:\n",
])
def test_a_rule_text_in_more_languages(human: str) -> None:
    assert [x.reason for x in classify(_dsn(human, RULE)).recipients] == ["user_unknown"]


def test_a_rule_text_about_our_sender_domain() -> None:
    raw = _dsn("Your message to ana@firm.example couldn't be delivered.\n\nMessages from the sender domain shop.example "
               "are blocked by Firm Ltd.\n\nDiagnostic information for administrators:\n\nana@firm.example\n"
               "Remote Server returned '" + RULE + "'\n", RULE)
    assert [x.reason for x in classify(raw).recipients] == ["rejected"]


def test_a_rule_with_no_text_of_its_own_stays_the_policy() -> None:
    raw = _dsn("Your message to ana@firm.example couldn't be delivered.\n\n\nDiagnostic information for administrators:\n\n"
               "ana@firm.example\nRemote Server returned '" + RULE + "'\n", RULE)
    assert [x.reason for x in classify(raw).recipients] == ["policy_violation"]


# ---- a vague status with no words of its own: the report's words -----------------------------------------------
def test_a_held_message_reported_with_a_bare_status() -> None:
    raw = _dsn("A sua mensagem foi retida na quarentena do nosso sistema de correio e aguarda aprovação do "
               "administrador.\n\nDestinatário: ana@firm.example\nAssunto: June news\n", "", status="4.7.0",
               action="delayed")
    r = classify(raw)
    assert (r.kind, [x.reason for x in r.recipients]) == ("delayed", ["on_hold"])


def test_a_bare_status_beside_report_words_that_say_nothing_stays_the_status() -> None:
    raw = _dsn("Delivery report.\n\nRecipient: ana@firm.example\nSubject: June news\n", "", status="4.7.0",
               action="delayed")
    assert [x.reason for x in classify(raw).recipients] == ["security_error"]
