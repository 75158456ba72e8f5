"""Readers' requests to stop the mailing, by the tables' wordings in more languages and read by their parts (a verb
that ends a subscription or takes off, the mailing, whom to take off) with their look-alikes; closed addresses whose mail
is deleted unread, and a postmaster answering for a closed account; administrators' word filters (the content refused),
links on URI block lists, our rate and other words in more languages; security products' and list managers' notices.

Each case is a wording written for the rule it tests (none copied from a sample): what the words mean decides,
whatever code a server sends them with.
"""
from __future__ import annotations

import pytest

from filter import classify
from filter.core.classifier import decide
from shapes import NULL, UTF8, auto_reply as _auto_reply, kind_and_reasons, mail, readers_reply


# ---- what the words mean ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("status, diagnostic, reason", [
    # an address no longer in use or valid (Finnish, Swedish, Czech, Slovak); an address disabled (Portuguese)
    (None, "Tämä osoite ei ole enää käytössä.", "user_unknown"),
    (None, "Sähköpostiosoite ei ole enää voimassa.", "user_unknown"),
    (None, "E-postadressen har avslutats.", "user_unknown"),
    (None, "Tato adresa již není platná.", "user_unknown"),
    (None, "Adresa už nie je aktívna.", "user_unknown"),
    (None, "O endereço joao@firm.example foi desativado.", "suspended"),
    # a spam filter's signatures
    ("5.7.1", "554 5.7.1 Rejected: the message matched known spam signatures", "spam_detected"),
    # a word filter, the content refused for its words (no spam verdict), in English, German, Dutch, French, Spanish, Italian,
    # Portuguese, Czech, Polish, Turkish and Japanese
    ("5.7.1", "550 5.7.1 Message rejected: contains offensive language", "content_error"),
    ("5.7.1", "550 5.7.1 Meddelandet innehåller ord som inte är tillåtna.", "content_error"),
    ("5.7.1", "550 5.7.1 Your message contains words that are not allowed here", "content_error"),
    ("5.0.0", "550 Profanity filter: message refused", "content_error"),
    ("5.7.1", "550 5.7.1 Ihre Nachricht enthält Wörter, die hier nicht erlaubt sind.", "content_error"),
    (None, "Die Nachricht wurde verworfen, da sie Ausdrücke enthält, die unser Filter verboten hat.", "content_error"),
    ("5.7.1", "550 5.7.1 Uw bericht bevat woorden die hier niet zijn toegestaan.", "content_error"),
    ("5.7.1", "550 5.7.1 Message refusé : mots interdits.", "content_error"),
    ("5.7.1", "550 5.7.1 Mensaje rechazado: palabras prohibidas.", "content_error"),
    ("5.7.1", "550 5.7.1 Il messaggio contiene parole vietate.", "content_error"),
    ("5.7.1", "550 5.7.1 A mensagem contém palavras proibidas.", "content_error"),
    ("5.7.1", "554 5.7.1 Zpráva obsahuje zakázaná slova.", "content_error"),
    ("5.7.1", "550 5.7.1 Wiadomość zawiera niedozwolone słowa.", "content_error"),
    (None, "İletiniz, filtremizin izin vermediği kelimeler içerdiği için silindi.", "content_error"),
    (None, "本文に禁止されている語句が含まれているため、このメールは破棄されました。", "content_error"),
    # links of the body on a URI block list (SpamAssassin's rule names, its description, Spamhaus's DBL said of the links)
    ("5.7.1", "550 5.7.1 Blocked: URIBL_BLACK", "spam_detected"),
    ("5.7.1", "550 5.7.1 Rejected by policy (URIBL_DBL_SPAM)", "spam_detected"),
    ("5.7.1", "550 5.7.1 Message contains a phishing URL", "spam_detected"),
    ("5.7.1", "554 5.7.1 Rejected: Spamhaus DBL URI hit", "spam_detected"),
    # Go's resolver answering SERVFAIL, and Go's timeout, as Go-written MTAs quote them
    ("4.4.3", "lookup firm.example on 10.0.0.2:53: server misbehaving", "network_error"),
    (None, "dial tcp: lookup mx.firm.example on [::1]:53: read udp [::1]:4412->[::1]:53: i/o timeout", "network_error"),
    # Trend Micro's word for malware; a sending gateway's enforced TLS the recipient's server could not give
    (None, "Email Security detected a security risk in a message you sent.", "virus_detected"),
    (None, "Your organization's policy requires an encrypted connection. A TLS connection could not be established with "
           "the recipient's mail server.", "failed_starttls"),
    # held for review by a rule: it may still be delivered
    (None, "The message you sent to ana@firm.example has been held for review because it contains an attachment that is "
           "not permitted by this organisation's policy.", "on_hold"),
    (None, "Ihre Nachricht an ana@firm.example wurde zur Prüfung zurückgehalten, da sie einen Dateianhang enthält, der nach "
           "unseren Richtlinien nicht zulässig ist.", "on_hold"),
    # our sending rate as providers word it beside a policy's name or a sender check
    ("4.0.0", "421-Reject due to policy restrictions. 421-Too many messages have been received in a short period of time. "
              "421 Please reduce the sending rate.", "rate_limited"),
    ("4.7.1", "451 4.7.1 <news@shop.example>: Sender address rejected: Rate limit exceeded for account news@shop.example",
     "rate_limited"),
    # our rate in Indonesian and Vietnamese; senders outside the organisation refused, in Malay
    ("4.7.0", "421 4.7.0 Terlalu banyak koneksi dari IP Anda. Silakan coba lagi nanti.", "rate_limited"),
    ("4.7.1", "450 4.7.1 Bạn đã gửi quá nhiều thư trong thời gian ngắn, vui lòng thử lại sau", "rate_limited"),
    ("5.7.1", "550 5.7.1 Mesej disekat oleh dasar organisasi: penghantar luar tidak dibenarkan", "policy_violation"),
    # the recipient's own block of the sender, the sender's reputation (Spanish, Portuguese)
    ("5.7.1", "550 5.7.1 La destinataria ha bloqueado los mensajes provenientes de su dirección", "filtered"),
    ("5.7.1", "554 5.7.1 Mensagem recusada: baixa reputação do remetente shop.example", "bad_reputation"),
    # a word filter said of the language, improper terms in Portuguese
    ("5.7.1", "550 5.7.1 Message refused: the text contains language that is not allowed here", "content_error"),
    ("5.7.1", "554 5.7.1 Conteudo bloqueado - termos improprios", "content_error"),
])
def test_the_words_decide(status: str | None, diagnostic: str, reason: str) -> None:
    assert decide(status=status, diagnostic=diagnostic) == reason


@pytest.mark.parametrize("status, diagnostic, reason", [
    # the content refused by name stays the content's refusal, not a spam verdict
    ("5.7.1", "550 5.7.1 Message content rejected: forbidden words", "content_error"),
    # the sending host on a block list beside a URI list's name is a block of our host
    ("5.7.1", "554 5.7.1 Service unavailable; client host [192.0.2.7] blocked using zen.spamhaus.org", "blocked"),
])
def test_what_the_words_are_not(status: str, diagnostic: str, reason: str) -> None:
    assert decide(status=status, diagnostic=diagnostic) == reason


def test_a_uri_lists_query_refused_is_no_spam_verdict() -> None:
    # SpamAssassin's URIBL_BLOCKED: the list refused the filter's query, nothing was found in the links
    assert decide(status="5.7.1", diagnostic="550 5.7.1 Rejected: URIBL_BLOCKED") != "spam_detected"


# ---- closed addresses whose mail is deleted ---------------------------------------------------------------------------
@pytest.mark.parametrize("body", [
    "Dit adres is opgeheven. Berichten worden zonder te lezen verwijderd.",                            # nl
    "Tämä osoite ei ole enää käytössä. Viestit poistetaan lukematta.",                                 # fi
    "Tato adresa byla zrušena. Zprávy jsou automaticky mazány.",                                      # cs
    "Táto adresa bola zrušená. Správy sú automaticky vymazávané.",                                    # sk
    "Adres został zlikwidowany. Wiadomości są automatycznie usuwane.",                                # pl
    "Bu adres artık kullanılmamaktadır. Gelen e-postalar okunmadan silinir.",                          # tr
    "Această adresă nu mai este folosită. Mesajele sunt șterse automat.",                              # ro
    "Η διεύθυνση δεν χρησιμοποιείται πλέον. Τα μηνύματα διαγράφονται αυτόματα.",                       # el
    "Ez a cím megszűnt. A leveleket olvasás nélkül töröljük.",                                       # hu
    "E-postadressen har avslutats. Meddelanden raderas utan att läsas.",                             # sv
    "Postkassen er nedlagt. Mails slettes automatisk.",                                              # da
    "このアドレスは現在使用されておりません。受信したメールは自動的に削除されます。",                           # ja
    "Этот адрес больше не используется. Письма удаляются автоматически.",                              # ru
    "Este endereço já não é utilizado. As mensagens são eliminadas sem serem lidas.",                  # pt
    "Ce compte est supprimé. Les messages reçus sont supprimés sans avoir été lus.",                   # fr
])
def test_an_autoresponder_of_a_closed_address_that_deletes_our_message(body: str) -> None:
    assert kind_and_reasons(_auto_reply(body)) == ("failed", [("ana@firm.example", "user_unknown")])


@pytest.mark.parametrize("body", [
    # a person away whose mail is deleted meanwhile: an absence
    "Jag är föräldraledig till augusti. E-post raderas automatiskt under tiden.",
    "Olen lomalla 3.7. asti. Viestit poistetaan lukematta.",
])
def test_an_absence_whose_mail_is_deleted_stays_an_auto_reply(body: str) -> None:
    assert _auto_reply(body).kind == "auto_reply"


def test_a_postmaster_answering_for_a_closed_account_fails_that_account() -> None:
    r = _auto_reply("Konto pocztowe jan.nowak@firm.example zostało zlikwidowane. Wiadomości kierowane na ten adres są "
                    "automatycznie usuwane.\nW sprawach urzędowych prosimy pisać na biuro@firm.example.",
                    sender="Administrator poczty <postmaster@firm.example>", subject="Adres nieaktywny: June news")
    assert kind_and_reasons(r) == ("failed", [("jan.nowak@firm.example", "user_unknown")])


def test_a_postmaster_that_names_no_closed_account_fails_no_one() -> None:
    r = _auto_reply("Wiadomości kierowane na ten adres są automatycznie usuwane.\nProsimy pisać na biuro@firm.example.",
                    sender="Administrator poczty <postmaster@firm.example>", subject="Adres nieaktywny: June news")
    assert r.kind != "failed"


def test_a_postmasters_notice_names_the_closed_account_not_the_contact() -> None:
    r = classify(mail(f"{NULL}From: Postmaster <postmaster@firm.example>\nTo: news@shop.example\n"
                      f"Subject: Ihre Nachricht an m.schulz@firm.example\nAuto-Submitted: auto-generated\n{UTF8}",
                      "Sehr geehrte Damen und Herren,\n\ndas Benutzerkonto m.schulz@firm.example wurde aufgelöst, da der "
                      "Mitarbeiter nicht mehr bei uns beschäftigt ist. Ihre Nachricht wurde nicht zugestellt.\n\n"
                      "Bitte richten Sie Ihr Anliegen an zentrale@firm.example.\n"))
    assert kind_and_reasons(r) == ("failed", [("m.schulz@firm.example", "user_unknown")])


# ---- requests to stop mail to a named address ------------------------------------------------------------------------
@pytest.mark.parametrize("body", [
    "Wilt u geen nieuwsbrieven meer sturen naar jan@firm.example?",                        # nl
    "Älkää lähettäkö enää mainoksia osoitteeseen jan@firm.example.",                       # fi
    "Prosím, nezasílejte už žádné newslettery na adresu jan@firm.example.",                # cs
    "Neposielajte mi prosím ďalšie ponuky na adresu jan@firm.example.",                    # sk
    "Lütfen jan@firm.example adresine artık bülten göndermeyin.",                          # tr
    "Σταματήστε να στέλνετε προσφορές στη διεύθυνση jan@firm.example.",                    # el
    "Ne küldjenek több hírlevelet a jan@firm.example címre.",                              # hu
    "Proszę o usunięcie adresu jan@firm.example z bazy mailingowej.",                      # pl
    "Vi chiedo di rimuovere l'indirizzo jan@firm.example dalla vostra lista.",             # it
    "Por favor descadastrem o endereço jan@firm.example.",                                 # pt
])
def test_a_request_to_stop_mail_to_a_named_address(body: str) -> None:
    assert kind_and_reasons(readers_reply(body)) == ("unsubscribe", [("jan@firm.example", "unsubscribe")])


@pytest.mark.parametrize("body", [
    # a request read by its parts: a verb that ends a subscription or takes off, the mailing, whom to take off; the address
    # in the request's sentence or said as the address in question
    "Wilt u mij uitschrijven voor uw nieuwsbrief? Het gaat om het adres jan@firm.example.",          # nl
    "Graag het adres jan@firm.example verwijderen uit uw mailingbestand.",                             # nl
    # ("now" is no "new": the address in the request's sentence is still the one to take off)
    "I would like jan@firm.example deleted from the mailing list now.",                                 # en
    "Haluan perua uutiskirjeen tilauksen. Osoite on jan@firm.example.",                                # fi
    "jan@firm.example adresimi e-bülten listenizden silmenizi rica ediyorum.",                         # tr
    "Kérem, iratkoztassák le a jan@firm.example címet a hírlevelükről.",                              # hu
    "Vi prego di eliminare l'indirizzo jan@firm.example dai vostri elenchi di invio.",                 # it
    "Vă rog să mă dezabonați de la newsletter-ul dumneavoastră.\nAdresa mea: jan@firm.example",        # ro
    "Gostaria de cancelar o recebimento destes e-mails. O endereço é jan@firm.example.",               # pt
    "Prosím, vyraďte ma zo zoznamu príjemcov. Moja adresa: jan@firm.example",                          # sk
])
def test_a_request_in_other_words_names_its_address(body: str) -> None:
    assert kind_and_reasons(readers_reply(body)) == ("unsubscribe", [("jan@firm.example", "unsubscribe")])


@pytest.mark.parametrize("body", [
    "Poistakaa minut postituslistalta.",                                   # fi
    "Listenizden çıkarılmak istiyorum.",                                   # tr
    "Não quero mais receber e-mails promocionais de vocês.",               # pt
])
def test_a_readers_request_for_the_own_address(body: str) -> None:
    assert kind_and_reasons(readers_reply(body)) == ("unsubscribe", [("office@firm.example", "unsubscribe")])


@pytest.mark.parametrize("body", [
    # documents or post to another address: no unsubscribe
    "Stuur de facturen voortaan naar jan@firm.example.",
    "Lähettäkää laskut osoitteeseen jan@firm.example.",
    "Prosím, nezasílejte faktury na adresu jan@firm.example, ale na účtárnu.",
    "Não quero mais receber faturas em papel.",
])
def test_a_request_about_documents_is_no_unsubscribe(body: str) -> None:
    assert readers_reply(body).kind != "unsubscribe"


@pytest.mark.parametrize("body", [
    "Avsluta min prenumeration på ert nyhetsbrev, tack.",                                             # sv
    "Non desidero più ricevere la vostra newsletter.",                                                # it
    "Už nechci dostávat Váš zpravodaj, zrušte mi prosím zasílání.",                                    # cs
    "Будь ласка, приберіть мене зі списку розсилки.",                                                  # uk
    "Vil I venligst slette mig fra jeres maillist?",                                                   # da
    "配信リストから削除してください。",                                                                   # ja
    # ("no" before a verb a word away is no negation of it)
    "No thanks, please unsubscribe me from the newsletter.",
    # "stop sending me" with the mailing or the mails, the mails pointed at with "I no longer want to receive"
    "Vi chiedo quindi di non mandarmi più la newsletter.",                                              # it
    "Proszę nie przysyłać mi więcej wiadomości.",                                                      # pl
    "Už mi prosím tyto e-maily neposílejte.",                                                          # cs
    "Kérem, ne küldjenek nekem több levelet.",                                                          # hu
    "Ik wil deze mails graag niet meer ontvangen, wilt u mij van de lijst halen?",                      # nl
    "En halua enää vastaanottaa näitä viestejä.",                                                      # fi
    "Boa tarde, favor tirar meu e-mail dessa lista.",                                                  # pt
    "Hapus alamat saya dari daftar milis Anda.",                                                       # id
    "Hola, ¿me pueden dar de baja? El enlace de abajo no funciona.",                                    # es
    "QUÍTENME DE LA LISTA YA.",                                                                         # es
    # (the new address for invoices is no address to take off)
    "Please unsubscribe me from your newsletter. My new address for invoices is bills@firm.example.",
])
def test_a_request_in_other_words_for_the_own_address(body: str) -> None:
    assert kind_and_reasons(readers_reply(body)) == ("unsubscribe", [("office@firm.example", "unsubscribe")])


@pytest.mark.parametrize("body", [
    # asking to add, to fix the newsletter, or not to be removed
    "Kan ni lägga till min kollega jan@firm.example på utskickslistan också?",
    "Please remove the typo in your newsletter's second paragraph.",
    "Bitte tragen Sie mich nicht aus dem Newsletter aus, ich lese ihn gern.",
    "The unsubscribe link at the bottom goes to a 404 page. I'm not trying to unsubscribe myself, I enjoy the newsletter!",
    "I just got a message saying I was unsubscribed from your newsletter, but I never asked for that!",
    "I unsubscribed from your SMS alerts but I'd like to keep getting this email newsletter, or did I remove myself?",
    # (signed off a course, not the mailing)
    "Prosím odhlaste mě z kurzu roubování 15. 3., nestihnu ho.",
    # (left the mailing by mistake: the reader wants it again)
    "Dobrý den, omylem jsem se odhlásil z newsletteru. Můžete mě prosím znovu přihlásit?",
    "Je me suis désinscrite par erreur de votre newsletter, pouvez-vous me réinscrire ?",
    # (the mailing's own footer in a quote the reader's mail client introduced in the reader's language)
    "Merhaba, gelen kutu ezilmiş. İade yapabilir miyiz?\n\n    4 Mart 2025 Salı tarihinde Anadolu Çarşı "
    "<bulten@shop.example> şunu yazdı:\n\n    Bu e-postayı bültenimize abone olduğunuz için aldınız.\n    Abonelikten çık\n",
])
def test_what_is_no_request_in_other_words(body: str) -> None:
    assert readers_reply(body).kind != "unsubscribe"


@pytest.mark.parametrize("subject, body", [
    # a bare request above a webmail's header block ("Gesendet: ...\nVon: ..."), a subject that is itself the request
    ("Aw: Rasen-Start 2025", "bitte austragen\n\n\n\nGesendet: Donnerstag, 10. April 2025 um 06:04\nVon: \"Shop\" "
     "<news@shop.example>\nAn: office@firm.example\nBetreff: Rasen-Start 2025\n> Hallo,\n> die Saison beginnt!\n"),
    ("Newsletter abbestellen", "Hallo liebes Team,\n\nich bin umgezogen und brauche Ihren Newsletter nicht mehr.\n"
     "Bitte melden Sie mich ab. Vielen Dank!\n\nGruß\nWolfgang\n"),
])
def test_a_german_request_in_a_webmails_layout(subject: str, body: str) -> None:
    assert kind_and_reasons(readers_reply(body, subject=subject)) == ("unsubscribe", [("office@firm.example", "unsubscribe")])


def test_a_list_command_with_the_address_in_the_subject() -> None:
    # a List-Unsubscribe mailto's request (RFC 2369): the command and the address in the subject, no text
    r = classify(mail("From: jan@firm.example\nTo: unsubscribe-4f81@lists.shop.example\n"
                      f"Subject: unsubscribe jan@firm.example\n{UTF8}", ""))
    assert kind_and_reasons(r) == ("unsubscribe", [("jan@firm.example", "unsubscribe")])


# ---- gateways' and list managers' notices ----------------------------------------------------------------------------
def test_a_gateways_classified_as_spam_notice_is_a_failure() -> None:
    r = classify(mail("From: <postmaster@spamfw.firm.example>\nTo: bounces@shop.example\n"
                      f"Subject: Message you sent blocked by our bulk email filter\nAuto-Submitted: auto-replied\n{UTF8}",
                      "Your message to: ana@firm.example\nwas classified as SPAM. Please add more content, cut down on "
                      "HTML links, and ask your recipient to add you to the white list.\n"))
    assert kind_and_reasons(r) == ("failed", [("ana@firm.example", "spam_detected")])


def test_a_french_list_managers_moderation_hold() -> None:
    r = classify(mail("From: SYMPA <sympa@lists.firm.example>\nTo: news@shop.example\n"
                      f"Subject: Message en attente de modération\nAuto-Submitted: auto-replied\n{UTF8}",
                      "Votre message pour la liste team@lists.firm.example a bien été reçu.\nIl est en attente de "
                      "validation par un modérateur de la liste.\n"))
    assert [(x.address, x.reason) for x in r.recipients] == [("team@lists.firm.example", "on_hold")]


def test_a_list_managers_rejection_names_the_list() -> None:
    r = classify(mail(f"{NULL}From: team-owner@lists.firm.example\nTo: news@shop.example\n"
                      f"Subject: Request to mailing list Team rejected\nPrecedence: bulk\n{UTF8}",
                      "Your request to the Team mailing list\n\n    Posting of your message titled \"June news\"\n\n"
                      "has been rejected by the list moderator.  The moderator gave the\nfollowing reason for rejecting "
                      "your request:\n\n\"Only members may post to this list.\"\n"))
    assert [x.address for x in r.recipients] == ["team@lists.firm.example"]
    assert r.kind == "failed"


@pytest.mark.parametrize("sender, subject, body, address, reason", [
    # the product first, the recipient in a field
    ("Email Security Service <noreply@security.example>", "Virus detected in message you sent",
     "The Email Security Service detected a virus in a message you sent.\n\nRecipient: ana@firm.example\n"
     "Virus: Office.Macro.Downloader\nThe message was NOT delivered.\n", "ana@firm.example", "virus_detected"),
    # French, the recipient in the sentence
    ("Cisco Secure Email <no-reply@firm.example>", "[AV] Message non distribué",
     "Le message que vous avez envoyé à ana@firm.example n'a pas été distribué : la passerelle a détecté un virus dans une "
     "pièce jointe.\n", "ana@firm.example", "virus_detected"),
    # German, "konnte nicht zugestellt werden"
    ("Hornetsecurity <noreply@hornetsecurity.example>", "Nachricht nicht zugestellt: Virus gefunden",
     "Die von Ihnen gesendete Nachricht an ana@firm.example konnte nicht zugestellt werden, da im Anhang ein Virus gefunden "
     "wurde.\n", "ana@firm.example", "virus_detected"),
    # the recipient in the notice's summary of the stopped message, its cause after the summary
    # the product names itself in its own words ("... has blocked your mail as it contains an infected attachment")
    ("Seqrite Terminator <mailprotection@firm.example>", "[Seqrite] Virus found in mail sent by you",
     "Seqrite Terminator at firm.example has blocked your mail as it contains an infected attachment.\n\n"
     "Recipient   : ana@firm.example\nVirus Name  : W97M.Downloader\n", "ana@firm.example", "virus_detected"),
    ("Symantec Messaging Gateway <smg@firm.example>", "Policy violation: message not delivered",
     "Your message could not be delivered.\n\nMessage: June news\nTo: ana@firm.example\nFrom: news@shop.example\n\n"
     "The message violated the content filtering policy of the recipient organization and has been deleted.\n",
     "ana@firm.example", "policy_violation"),
])
def test_a_security_products_notice(sender: str, subject: str, body: str, address: str, reason: str) -> None:
    r = classify(mail(f"From: {sender}\nTo: news@shop.example\nSubject: {subject}\nAuto-Submitted: auto-generated\n{UTF8}", body))
    assert kind_and_reasons(r) == ("failed", [(address, reason)])


@pytest.mark.parametrize("body", [
    "The message you sent to ana@firm.example, which had been held in quarantine by the recipient's email security\n"
    "service, has been released by an administrator and\ndelivered to the recipient's mailbox.\n",
    "A message you sent was held in quarantine by the recipient's email security system and has now been released by an "
    "administrator. It has been delivered to the recipient.\n\n  Recipient: ana@firm.example\n",
    "Ihre Nachricht an ana@firm.example wurde von unserem Spamfilter in Quarantäne gestellt. Der Empfänger hat die "
    "Nachricht freigegeben; sie wurde zugestellt.\n",
])
def test_a_message_released_from_quarantine_is_delivered(body: str) -> None:
    r = classify(mail("From: Proofpoint Essentials <no-reply@ppe.example>\nTo: news@shop.example\n"
                      f"Subject: Your message has been released\n{UTF8}", body))
    assert kind_and_reasons(r) == ("delivered", [("ana@firm.example", "delivered")])


def test_a_sympa_notice_names_the_list_after_the_word() -> None:
    r = classify(mail("From: SYMPA <sympa@lists.firm.example>\nTo: news@shop.example\n"
                      f"Subject: Message distribution: forwarded to moderators\nAuto-Submitted: auto-replied\n{UTF8}",
                      "Your message for list members has been forwarded to the list moderators and will be distributed "
                      "after their approval.\n"))
    assert [(x.address, x.reason) for x in r.recipients] == [("members@lists.firm.example", "on_hold")]
