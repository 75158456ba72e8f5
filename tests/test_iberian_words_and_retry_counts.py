"""Readings of the forty-first session: words of Spain, Portugal and Latin America (a connection limit, a sending service's
suppression list), a mail server's retry count that ran out, a quota named after its verb, a mailbox its administrator
switched off, a domain without a mail host, a delivery that needs TLS, an address glued to Arabic punctuation, and the
person a screening service's notice names beside a display name.

Each case is a wording written for the rule it tests (none copied from a sample): what the words mean decides.
"""
from __future__ import annotations

import pytest

from filter import classify
from filter.core import address
from filter.core.classifier import decide
from shapes import UTF8, kind_and_reasons, mail, notice


# ---- causes in more words -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("status, words, reason", [
    # a connection or sending limit exceeded, Portuguese and Spanish, the limit named before or after the verb
    ("4.7.0", "421 4.7.0 Limite de conexões excedido para o IP 192.0.2.25. Tente novamente mais tarde.", "rate_limited"),
    ("4.7.0", "421 4.7.0 Limite de conexoes simultaneas atingido; aguarde alguns minutos", "rate_limited"),
    ("4.7.1", "450 4.7.1 Se ha superado el límite de conexiones desde su servidor, inténtelo más tarde", "rate_limited"),
    ("4.7.1", "451 4.7.1 Límite de envíos por hora alcanzado para este remitente", "rate_limited"),
    # a retry count that ran out (Apache James's RemoteDelivery)
    (None, "Too many retries failure. Bouncing after 5 retries.", "expired"),
    (None, "Delivery failed, the message bounced after 12 attempts: the last one timed out", "expired"),
    # a quota named after its verb (Domino)
    (None, "Unable to deliver message to recipient because it would exceed the mail file quota set for eva@firm.example",
     "mailbox_full"),
    # a mailbox its administrator switched off
    ("5.2.1", "550 5.2.1 <eva@firm.example>: Mailbox is blocked by administrator", "suspended"),
    ("5.2.1", "550 5.2.1 This account has been locked by the system administrator", "suspended"),
    # a domain with no mail host at all (Haraka's and KumoMTA's own words)
    ("5.1.2", "No MX for firm.example (ENOTFOUND)", "host_unknown"),
    # a delivery that needs TLS, the verb before its noun
    ("5.7.1", "554 5.7.1 <eva@firm.example>: Recipient address rejected: Delivery to this address requires a TLS "
              "encrypted connection", "failed_starttls"),
    ("5.7.10", "530 5.7.10 This domain requires an encrypted connection for inbound mail", "failed_starttls"),
])
def test_causes_in_more_words(status, words, reason):
    assert decide(status=status, diagnostic=words, action="failed") == reason


@pytest.mark.parametrize("status, words, reason", [
    # our own account locked is our problem, never the recipient's mailbox
    ("5.7.1", "550 5.7.1 Your account is blocked by administrator, contact support", "suspended"),
    # a null MX (RFC 7505) stays a domain that takes no mail
    ("5.1.10", "556 5.1.10 Recipient address rejected: Domain does not accept mail (null MX)", "not_accept"),
])
def test_the_neighbours_of_those_rules_keep_their_reading(status, words, reason):
    got = decide(status=status, diagnostic=words, action="failed")
    if reason == "suspended":
        # (not read as the recipient's mailbox switched off: "your account" is ours)
        assert got != "suspended"
    else:
        assert got == reason


@pytest.mark.parametrize("words", [
    # Spanish, Portuguese, French, Italian, German: the sending service's suppression list
    "El envío a esta dirección fue omitido: la dirección figura en la lista de supresión de su cuenta.",
    "A mensagem não foi enviada porque o endereço consta na lista de supressão da sua conta.",
    "Message non envoyé : l'adresse figure sur la liste de suppression de votre compte.",
    "Il messaggio non è stato inviato: l'indirizzo è nella lista di soppressione dell'account.",
    "Die Nachricht wurde nicht versendet, da die Adresse auf der Unterdrückungsliste Ihres Kontos steht.",
])
def test_a_sending_service_s_suppression_list_in_more_languages(words):
    assert decide(status=None, diagnostic=words, action="failed") == "suppressed"


def test_outlook_s_refusal_of_the_connecting_ip_is_a_block():
    words = ("550 5.7.1 Unfortunately, messages from 192.0.2.25 weren't sent. Please contact your Internet service provider. "
             "You can also refer your provider to the troubleshooting page.")
    assert decide(status="5.7.1", diagnostic=words, action="failed") == "blocked"


# ---- an address glued to Arabic or Devanagari punctuation --------------------------------------------------------
@pytest.mark.parametrize("text, found", [
    ("تعذر التسليم إلى العنوان: eva@firm.example،\nالسبب: غير موجود", ["eva@firm.example"]),
    ("العنوان eva@firm.example؛ ثم", ["eva@firm.example"]),
    ("पता eva@firm.example। मौजूद नहीं है", ["eva@firm.example"]),
])
def test_arabic_and_devanagari_punctuation_is_not_part_of_an_address(text, found):
    assert address.find_all(text) == found


def test_an_arabic_report_names_its_recipient_once():
    body = ("هذه رسالة آلية من خادم البريد.\n\nتعذر تسليم رسالتك إلى العنوان: eva@firm.example،\n"
            "السبب: العنوان غير موجود (550 5.1.1 User unknown).\n")
    report = notice("Mail Delivery System <mailer-daemon@mx.firm.example>", "فشل تسليم الرسالة", body, null=True)
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "user_unknown")])


# ---- the person a screening service's notice names --------------------------------------------------------------
def test_a_challenge_naming_the_person_before_the_address_protects_that_person():
    body = ("Hello news@news.shop.example,\n\nYour message to Eva Lind (eva@firm.example) was placed on a waiting list.\n"
            "Please add yourself to Eva's guest list so that your messages reach her inbox:\n"
            "https://screening.example/guest?t=1234\n")
    report = classify(mail("From: Eva Lind via Boxbe <notifications@boxbe.com>\nTo: bounces@news.shop.example\n"
                           f"Subject: Re: Weekly picks (Action Required)\n{UTF8}", body))
    assert kind_and_reasons(report) == ("challenge", [("eva@firm.example", "challenge")])


# ---- second batch: more languages of the same causes ------------------------------------------------------------
@pytest.mark.parametrize("status, words, reason", [
    # Italian: our hourly sending limit
    ("5.7.1", "550 5.7.1 Superato il limite di invii orari per il mittente (max 200 messaggi/ora)", "rate_limited"),
    ("4.7.1", "451 4.7.1 Limite di connessioni raggiunto, riprovare più tardi", "rate_limited"),
    # a sending service's suppression list: Dutch, Polish, Japanese; an account's own "blocklist"
    (None, "Uw bericht is niet verzonden: dit adres staat op de suppressielijst van uw account.", "suppressed"),
    (None, "Wiadomość nie została wysłana: adres znajduje się na liście wykluczeń Twojego konta.", "suppressed"),
    (None, "この宛先はお客様のアカウントのサプレッションリストに登録されているため、送信されませんでした。", "suppressed"),
    (None, "Not sent: the contact is on your account's blocklist (hard bounce). Messages to blocklisted contacts are dropped "
           "before sending.", "suppressed"),
    # the maximum count of attempts reached: French, Spanish, German
    (None, "Nombre maximal de tentatives atteint (8 tentatives en 72 heures) ; abandon de la remise.", "expired"),
    (None, "Se alcanzó el número máximo de intentos de entrega; el mensaje se devuelve al remitente.", "expired"),
    (None, "Die maximale Anzahl an Zustellversuchen wurde erreicht, die Nachricht wird zurückgesandt.", "expired"),
    # the quota after the verb: German Domino, Spanish
    (None, "Die Nachricht kann nicht zugestellt werden, da sie die für Eva Lind festgelegte Maildatei-Quote überschreiten "
           "würde", "mailbox_full"),
    (None, "No se ha podido entregar: el mensaje superaría la cuota asignada al buzón del destinatario.", "mailbox_full"),
    # no mail host for the domain: German, Spanish, French, Portuguese
    (None, "Für die Domain firm.example wurde kein Mailserver gefunden (kein MX- und kein A-Eintrag).", "host_unknown"),
    (None, "No se encontró ningún registro MX para el dominio firm.example; error permanente.", "host_unknown"),
    (None, "Aucun enregistrement MX trouvé pour le domaine firm.example.", "host_unknown"),
    (None, "Nenhum registro MX encontrado para o domínio firm.example.", "host_unknown"),
    # the recipient's own block of us, Italian
    ("5.7.1", "550 5.7.1 Il destinatario ha inserito il mittente nella propria lista dei bloccati", "filtered"),
    # an encrypted or password-protected archive refused: Spanish, Portuguese, French, Japanese, Korean
    (None, "La política de la organización no permite archivos adjuntos cifrados (factura.zip).", "policy_violation"),
    (None, "A mensagem contém um arquivo protegido por senha e foi bloqueada.", "policy_violation"),
    (None, "Votre message contient une archive protégée par mot de passe et a été refusé.", "policy_violation"),
    (None, "パスワード付きZIPファイルが添付されたメールは受信できません。", "policy_violation"),
    (None, "수신측 콘텐츠 필터링 정책 위반으로 메일이 차단되었습니다.", "policy_violation"),
])
def test_more_languages_of_the_same_causes(status, words, reason):
    assert decide(status=status, diagnostic=words, action="failed") == reason


@pytest.mark.parametrize("status, words, reason", [
    # our own sender's domain without an MX record is about our address, not the recipient's domain
    (None, "No se encontró ningún registro MX para el dominio del remitente news.shop.example.", "host_unknown"),
    # a DNS block list that names its list is still a block of our IP, not a suppression
    ("5.7.1", "554 5.7.1 Service unavailable; client host [192.0.2.25] blocked using a DNS blocklist", "blocked"),
])
def test_the_neighbours_of_the_second_batch_keep_their_reading(status, words, reason):
    got = decide(status=status, diagnostic=words, action="failed")
    if words.startswith("No se encontró"):
        assert got != "host_unknown"  # (the sender's domain: never the recipient's missing domain)
    else:
        assert got == reason


def test_a_spanish_permanent_error_that_will_not_be_retried_is_no_delay():
    body = ("No se pudo entregar el mensaje al destinatario eva@firm.example.\nMotivo: el servidor rechazó la dirección "
            "(550 5.1.1 usuario desconocido).\nError permanente; no se volverá a intentar.\n")
    report = notice("MAILER-DAEMON <mailer-daemon@mta.shop.example>", "Mensaje no entregado", body, null=True)
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "user_unknown")])


# ---- holds whose review is said above the recipient, and a release said in Japanese ----------------------------
def test_a_quarantine_whose_review_is_still_to_come_is_held_whatever_reason_it_names():
    body = ("送信者 様\n\nお送りいただいた下記のメールは、受信者側のセキュリティポリシーにより隔離されました。\n"
            "受信者の管理者が内容を確認した後、\n配信または削除されます。\n\n  受信者　: eva@firm.example\n"
            "  隔離理由: 迷惑メールの疑い\n")
    report = notice("Mail Security <no-reply@security.firm.example>", "送信メールが隔離されました", body, null=True)
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "on_hold")])


def test_a_quarantine_found_spam_with_no_review_to_come_is_the_spam():
    body = ("お送りいただいた下記のメールは隔離され、削除されました。\n\n  受信者　: eva@firm.example\n  隔離理由: 迷惑メールの疑い\n")
    report = notice("Mail Security <no-reply@security.firm.example>", "送信メールが隔離されました", body, null=True)
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "spam_detected")])


def test_a_korean_hold_awaiting_approval_is_read():
    body = ("발송하신 메일이 수신측 정책에 따라 보류되었습니다. 관리자 승인 후 eva@firm.example 님에게 전달됩니다.\n"
            "승인되지 않을 경우 7일 후 자동 삭제됩니다.\n")
    report = classify(mail("Return-Path: <>\nFrom: Mail Guard <noreply@guard.firm.example>\n"
                           "To: bounces+eva=firm.example@news.shop.example\nSubject: [알림] 메일 보류 안내\n"
                           f"Auto-Submitted: auto-generated\n{UTF8}", body))
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "on_hold")])


def test_a_japanese_release_then_delivery_across_a_line_is_a_success():
    body = ("先にお知らせした隔離中のメールは、受信者の管理者により解放され、\neva@firm.example へ配信されました。\n")
    report = notice("Mail Security <no-reply@security.firm.example>", "隔離メールが配信されました", body, null=True)
    assert report.kind != "failed"


# ---- answers for the address we mailed ---------------------------------------------------------------------------
def test_a_help_desk_s_acknowledgement_answers_for_the_address_our_return_path_encodes():
    body = ("Dear customer,\n\nWe have received your request and a ticket has been created (#48213). Our team will get back "
            "to you within 24 hours.\n")
    report = classify(mail("From: Firm Support <support@firm.helpdesk.example>\nTo: bounces+help=firm.example@news.shop.example\n"
                           f"Subject: Ticket Received - Spring offers\nAuto-Submitted: auto-replied\n{UTF8}", body))
    assert kind_and_reasons(report) == ("auto_reply", [("help@firm.example", "auto_reply")])


@pytest.mark.parametrize("subject, body", [
    # Marathi: on leave until a date (the subject bilingual)
    ("रजेवर आहे / Out of Office", "नमस्कार,\nमी दि. ०७/१०/२०२४ ते ११/१०/२०२४ पर्यंत रजेवर आहे. या कालावधीत ई-मेल पाहता येणार नाही.\n"),
    # Hindi: on leave
    ("छुट्टी पर", "नमस्ते,\nमैं 14 अक्टूबर तक छुट्टी पर हूँ। ज़रूरी काम के लिए कार्यालय से संपर्क करें।\n"),
    # English: away at a conference, the answer delayed
    ("Away: limited email access till 12 Oct", "I am attending a conference in Singapore from Oct 7 to Oct 12, with "
     "intermittent access to email. Responses will be delayed.\n"),
])
def test_absence_notes_in_more_words_are_auto_replies(subject, body):
    report = classify(mail(f"From: Ravi Kumar <ravi@firm.example>\nTo: bounces+ravi=firm.example@news.shop.example\n"
                           f"Subject: {subject}\n{UTF8}", body))
    assert kind_and_reasons(report) == ("auto_reply", [("ravi@firm.example", "auto_reply")])


def test_a_person_mentioning_a_conference_is_no_absence_note():
    body = "Thanks for the offer. I am attending a conference next month, can you send the price list for groups?\n"
    report = classify(mail("From: Ravi Kumar <ravi@firm.example>\nTo: news@news.shop.example\nSubject: Re: Spring offers\n"
                           f"{UTF8}", body))
    assert report.kind == "not_bounce"


@pytest.mark.parametrize("body", [
    "bhai roz roz mail mat bhejo yaar. unsubscribe karo mujhe.\n",
    "Please meri email id list se hata do.\n",
    "महोदय,\nकृपया मेरी ईमेल आईडी को अपनी मेलिंग सूची से हटा दें। मुझे ये ईमेल नहीं चाहिए।\n",
])
def test_requests_to_unsubscribe_in_hindi_and_its_latin_spelling(body):
    report = classify(mail("From: Ravi Kumar <ravi@firm.example>\nTo: Shop <offers@news.shop.example>\n"
                           f"Subject: Re: Diwali offers\n{UTF8}", body))
    assert kind_and_reasons(report) == ("unsubscribe", [("ravi@firm.example", "unsubscribe")])


# ---- third batch -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("status, words, reason", [
    # a sending service's own list outranks the history it names (the 5.1.1, the hard bounce, the complaint)
    ("5.1.1", "550 5.1.1 Destinatario en lista de exclusión de la cuenta", "suppressed"),
    ("5.0.0", "550 5.0.0 Recipient address is on the account block list (previous hard bounce)", "suppressed"),
    ("5.0.0", "550 5.0.0 Inactive recipient: this address was marked inactive after a previous hard bounce or spam "
              "complaint and will not be sent to", "suppressed"),
    (None, "Ce contact figure dans votre liste d'exclusion (désabonnement ou rebond définitif antérieur).", "suppressed"),
    (None, "Dit adres staat op de blokkeerlijst van uw account, omdat het eerder onbestelbaar was.", "suppressed"),
    (None, "Die Adresse steht auf der Sperrliste Ihres Kontos; es wurde nichts versendet.", "suppressed"),
    # the maximum count of attempts, Dutch, Polish, Italian
    (None, "Het maximale aantal afleverpogingen is bereikt; de bezorging is gestaakt.", "expired"),
    (None, "Przekroczono maksymalną liczbę prób doręczenia wiadomości.", "expired"),
    (None, "Il messaggio è rimasto in coda per 5 giorni. Non verranno effettuati ulteriori tentativi.", "expired"),
    # French Domino's quota after the verb
    (None, "Impossible de remettre le message : il dépasserait le quota du fichier de messagerie du destinataire.",
     "mailbox_full"),
    # no mail host for the domain, Dutch, Japanese
    (None, "Geen MX-record gevonden voor het domein firm.example en ook geen A-record.", "host_unknown"),
    (None, "宛先ドメイン firm.example のメールサーバ（MXレコード）が見つかりませんでした。", "host_unknown"),
    # a name server's temporary failure, Spanish
    (None, "Error temporal de DNS al buscar el registro MX de firm.example (SERVFAIL).", "network_error"),
    # encrypted archives, German and Dutch; a company's policy broken, Vietnamese
    ("5.7.0", "550 5.7.0 Verschlüsselte oder kennwortgeschützte ZIP-Archive werden nicht angenommen", "policy_violation"),
    (None, "Het bericht bevat een met een wachtwoord beveiligd archief. Versleutelde bijlagen kunnen niet op virussen "
           "worden gecontroleerd en zijn niet toegestaan.", "policy_violation"),
    (None, "Thư của bạn đã bị từ chối. Lý do: nội dung vi phạm chính sách email của công ty.", "policy_violation"),
    # a mailbox in use for now; a TLS version the server no longer speaks
    ("4.2.0", "450 4.2.0 <eva@firm.example>... Mailbox busy, try again later", "system_error"),
    ("4.7.66", "421 4.7.66 TLS 1.0 and 1.1 are not supported. Please upgrade your client to support TLS 1.2.",
     "failed_starttls"),
])
def test_the_third_batch_of_causes(status, words, reason):
    assert decide(status=status, diagnostic=words, action="failed") == reason


def test_a_dns_block_list_that_names_itself_a_block_list_is_still_a_block_of_our_ip():
    words = "554 5.7.1 Service unavailable; Client host [192.0.2.25] blocked using the Spamhaus ZEN block list"
    assert decide(status="5.7.1", diagnostic=words, action="failed") == "blocked"


@pytest.mark.parametrize("body, reason", [
    # German and Chinese: the review still to come, said above the recipient
    ("Ihre Nachricht wurde in Quarantäne verschoben.\nSie wird nach Prüfung durch den Administrator des Empfängers "
     "zugestellt oder gelöscht.\n\nEmpfänger: eva@firm.example\nGrund: Verdacht auf Spam\n", "on_hold"),
    ("您好：\n您发送的邮件已被系统隔离，待收件方管理员审核后投递或删除。\n收件人：eva@firm.example\n隔离原因：疑似垃圾邮件\n", "on_hold"),
    # Japanese: the release refused and the mail deleted, the spam verdict is what happened
    ("隔離されていた下記メールについて、管理者により解放は却下されました。該当メールは削除されました。\n"
     "宛先： eva@firm.example\n隔離理由： 迷惑メール判定（スコア 8.7）\n", "spam_detected"),
])
def test_holds_and_refused_releases_said_above_the_recipient(body, reason):
    report = notice("Mail Security <quarantine@gw.firm.example>", "Quarantäne / 隔离 / 隔離", body, null=True)
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", reason)])


def test_a_german_release_and_delivery_across_a_line_is_no_failure():
    body = ("Guten Tag,\n\ndie folgende Nachricht wurde vom Administrator aus der Quarantäne freigegeben\n"
            "und an eva@firm.example zugestellt.\n")
    report = notice("Quarantäne <quarantaene@gw.firm.example>", "Nachricht freigegeben", body, null=True)
    assert report.kind != "failed"


@pytest.mark.parametrize("body", [
    "Namaste, mujhe is list se nikaal do please.\n",
    "कृपया मुझे ईमेल भेजना बंद करें।\n",
    "আমাকে আর ইমেইল পাঠাবেন না। আমাকে তালিকা থেকে সরিয়ে দিন।\n",
    "براہ کرم مجھے میلنگ لسٹ سے نکال دیں۔ مزید ای میلز نہ بھیجیں۔\n",
])
def test_requests_to_unsubscribe_in_more_languages_of_south_asia(body):
    report = classify(mail("From: Reader <reader@firm.example>\nTo: Shop <offers@news.shop.example>\n"
                           f"Subject: Re: Holi offers\n{UTF8}", body))
    assert kind_and_reasons(report) == ("unsubscribe", [("reader@firm.example", "unsubscribe")])


def test_hinglish_mentioning_the_unsubscribe_link_without_asking_is_no_request():
    body = "Bhai order ka status kya hai? Aur haan, unsubscribe link kaam nahi kar raha, bas bata raha hoon.\n"
    report = classify(mail("From: Reader <reader@firm.example>\nTo: Shop <offers@news.shop.example>\n"
                           f"Subject: Re: Holi offers\n{UTF8}", body))
    assert report.kind == "not_bounce"


# ---- a report attached by a person of the failed recipient's own organisation ------------------------------------
_ATTACHED_NDR = """Return-Path: <>
From: postmaster@firm.example
To: bounces@news.shop.example
Subject: Unzustellbar: Spring offers
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="r"

--r
Content-Type: text/plain; charset=utf-8

Die Nachricht konnte nicht zugestellt werden.

--r
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.firm.example

Final-Recipient: rfc822; {rcpt}
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 RESOLVER.ADR.RecipNotFound; not found

--r--
"""


def _forward_of(rcpt: str, sender: str) -> bytes:
    return mail(f"From: IT-Service <{sender}>\nTo: bounces@news.shop.example\nSubject: WG: Unzustellbar: Spring offers\n"
                "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"f\"",
                "--f\nContent-Type: text/plain; charset=utf-8\n\nHallo, Frau Lind ist ausgeschieden, das Postfach wurde "
                "gelöscht. Siehe Anhang.\n\n--f\nContent-Type: message/rfc822\n\n" + _ATTACHED_NDR.format(rcpt=rcpt)
                + "\n--f--\n")


def test_an_it_desk_attaching_the_report_on_its_own_colleague_is_read():
    report = classify(_forward_of("eva@firm.example", "it@firm.example"))
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "user_unknown")])


def test_a_stranger_attaching_a_report_on_another_organisation_s_address_is_not_read():
    report = classify(_forward_of("eva@firm.example", "someone@elsewhere.example"))
    assert report.kind == "not_bounce"


# ---- fourth batch ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("status, words, reason", [
    # the sending service's list as the failure's consequence: the reply is the cause
    ("5.1.1", "550 5.1.1 <eva@firm.example>: User unknown. O endereço foi adicionado à sua lista de supressão e não receberá "
              "novos envios.", "user_unknown"),
    ("5.2.2", "552 5.2.2 Mailbox full. We have added this address to your suppression list.", "mailbox_full"),
    # a recipient's account locked by its provider; a mailbox in use for now
    ("5.2.1", "550 5.2.1 Compte verrouillé", "suspended"),
    ("4.2.0", "450 4.2.0 Casella occupata, riprovare più tardi", "system_error"),
    ("4.2.0", "451 4.2.0 Boîte aux lettres temporairement verrouillée par un autre processus", "system_error"),
    # give-ups, Swedish and Norwegian
    (None, "Leveransen har avbrutits efter att det maximala antalet leveransförsök har uppnåtts. Inga fler försök kommer "
           "att göras.", "expired"),
    (None, "Maksimalt antall leveringsforsøk er nådd. Ingen flere forsøk vil bli gjort.", "expired"),
    # Domino's quota in German, Spanish
    (None, "Die Nachricht kann nicht zugestellt werden, da sie die Quote der Maildatei des Empfängers überschreiten würde.",
     "mailbox_full"),
    (None, "No se puede entregar el mensaje, superaría la cuota del archivo de correo del destinatario.", "mailbox_full"),
    # no mail host, Japanese "存在しません"
    (None, "宛先ドメイン firm.example のメールサーバ（MXレコード）が存在しません。", "host_unknown"),
])
def test_the_fourth_batch_of_causes(status, words, reason):
    assert decide(status=status, diagnostic=words, action="failed") == reason


def test_a_queue_that_holds_a_message_for_now_is_a_delay_not_a_quarantine():
    body = ("This is the mail system at host mta.shop.example.\nYour message is being held in our queue: the recipient's "
            "server has not\nanswered since 06:00 UTC. It has not yet been delivered. We will keep\ntrying for up to 5 days; "
            "you do not need to resend it.\n\n<eva@firm.example>: connect to mx.firm.example[192.0.2.80]:25: Connection "
            "timed out\n")
    report = notice("Mail Delivery System <MAILER-DAEMON@mta.shop.example>", "Delayed Mail (still being retried)", body,
                    null=True)
    assert kind_and_reasons(report) == ("delayed", [("eva@firm.example", "network_error")])


def test_a_refusal_no_one_can_release_keeps_its_cause():
    body = ("Il messaggio per <eva@firm.example> è stato rifiutato: contiene un allegato eseguibile (.exe), non consentito "
            "dalla policy aziendale. I messaggi rifiutati per questo motivo non vanno in quarantena e l'amministratore non "
            "può rilasciare il messaggio.\n\n554 5.7.1 Attachment type not allowed\n")
    report = notice("Mail Gateway <postmaster@firm.example>", "Messaggio rifiutato", body, null=True)
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "policy_violation")])


def test_recipients_grouped_under_headings_of_their_causes_each_take_their_own_heading():
    body = ("Ihre Nachricht konnte nicht an alle Empfänger zugestellt werden.\n\n"
            "Folgende Empfänger sind unbekannt (550 5.1.1 Benutzer unbekannt):\n    ana@firm.example\n    ben@firm.example\n\n"
            "Postfach des Empfängers ist voll (552 5.2.2):\n    cleo@firm.example\n\n"
            "Nachricht wurde als Spam eingestuft und abgewiesen (550 5.7.1):\n    dan@firm.example\n\n"
            "Bei Fragen wenden Sie sich bitte an it-support@firm.example.\n")
    report = notice("Mail Gateway <postmaster@gw.firm.example>", "Unzustellbar: Spring offers", body, null=True)
    assert kind_and_reasons(report) == ("failed", [("ana@firm.example", "user_unknown"), ("ben@firm.example", "user_unknown"),
                                                   ("cleo@firm.example", "mailbox_full"), ("dan@firm.example", "spam_detected")])


def test_a_table_row_whose_reply_repeats_its_own_address_is_its_row():
    body = ("Your message could not be delivered to one or more recipients.\n\nRecipient                 Status    Reason\n"
            "-------------------------------------------------------------------\n"
            "ana@firm.example          5.1.1     550 5.1.1 <ana@firm.example>: Recipient address rejected: User unknown\n"
            "ben@firm.example          5.7.1     550 5.7.1 Message rejected as spam by content filter\n")
    report = notice("Mail Gateway <noreply@gw.firm.example>", "Message delivery failure", body, null=True)
    assert kind_and_reasons(report) == ("failed", [("ana@firm.example", "user_unknown"), ("ben@firm.example", "spam_detected")])


@pytest.mark.parametrize("body", [
    "कृपया मला यापुढे ईमेल पाठवू नका. माझे नाव तुमच्या यादीतून काढून टाका.\n",
    "தயவுசெய்து எனக்கு இனி மின்னஞ்சல் அனுப்ப வேண்டாம். என்னை உங்கள் பட்டியலிலிருந்து நீக்கவும்.\n",
    "Hi, please mujhe is list se remove kar dijiye, aur mails nahi chahiye.\n",
    "Meld meg av denne lista. Takk.\n",
    "Palun eemaldage mind oma postituslistist.\n",
    "Prašau išbraukti mane iš jūsų naujienlaiškio sąrašo.\n",
    "Nunca me cadastrei. Quero ser removido da lista imediatamente.\n",
])
def test_requests_to_unsubscribe_of_the_fourth_batch(body):
    report = classify(mail("From: Reader <reader@firm.example>\nTo: Shop <offers@news.shop.example>\n"
                           f"Subject: Re: Weekly offers\n{UTF8}", body))
    assert kind_and_reasons(report) == ("unsubscribe", [("reader@firm.example", "unsubscribe")])


@pytest.mark.parametrize("subject, body", [
    ("Bekräfta din e-post till eva@firm.example", "Hej!\n\nDitt meddelande till eva@firm.example har pausats av vårt "
     "skräppostskydd.\nFör att bekräfta att du är en riktig avsändare, klicka på länken nedan.\n"
     "  https://verify.firm.example/c/34faa4\n"),
    ("Sua mensagem para eva@firm.example aguarda confirmação", "Olá,\n\nO usuário eva@firm.example utiliza o AntiSpam e só "
     "recebe mensagens de remetentes autorizados.\nSua mensagem ficará retida até que você confirme que é uma pessoa.\n"
     "Para liberar a mensagem, acesse: https://antispam.firm.example/liberar?c=Q7Z2\n"),
])
def test_challenges_in_swedish_and_portuguese(subject, body):
    report = classify(mail("From: Screening <verify@screening.firm.example>\nTo: bounces+eva=firm.example@news.shop.example\n"
                           f"Subject: {subject}\nAuto-Submitted: auto-replied\n{UTF8}", body))
    assert kind_and_reasons(report) == ("challenge", [("eva@firm.example", "challenge")])


# ---- fifth batch -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("status, words, reason", [
    # the list as the consequence, French "placée"
    ("5.2.2", "552 5.2.2 Boîte aux lettres pleine. Suite à cet échec, l'adresse a été placée dans votre liste de suppression.",
     "mailbox_full"),
    # a mailbox in use by another process, in Spanish, German, Italian and English: for the moment, never the account
    ("4.2.0", "450 4.2.0 Buzón bloqueado por otro proceso, inténtelo más tarde", "system_error"),
    ("4.3.0", "451 4.3.0 Postfach ist derzeit durch einen anderen Prozess gesperrt", "system_error"),
    ("4.2.0", "450 4.2.0 Casella momentaneamente occupata, riprovare più tardi", "system_error"),
    ("4.3.0", "451 4.3.0 Mailbox temporarily locked by another process", "system_error"),
    # the heading words of grouped reports
    (None, "Diese Empfängeradressen existieren bei uns nicht", "user_unknown"),
    (None, "Följande mottagare är okända", "user_unknown"),
    (None, "Nieznani adresaci", "user_unknown"),
    (None, "Skrzynka odbiorcza pełna", "mailbox_full"),
    (None, "Följande mottagare har full brevlåda", "mailbox_full"),
    # Domino's quota in Italian; "the recipient's mail file quota"
    (None, "Impossibile recapitare il messaggio: la consegna supererebbe la quota del file di posta del destinatario.",
     "mailbox_full"),
    (None, "Unable to deliver message to this user: delivery would exceed the recipient's mail file quota.", "mailbox_full"),
    # a German gateway's policy; Gmail's block of our address by the recipient domain's people
    (None, "Die Nachricht verstößt gegen die E-Mail-Richtlinie des Empfängers und wurde abgewiesen.", "policy_violation"),
    ("5.7.1", "550 5.7.1 The user or administrator of firm.example has blocked messages from news@shop.example. Message "
              "blocked by administrator.", "rejected"),
])
def test_the_fifth_batch_of_causes(status, words, reason):
    assert decide(status=status, diagnostic=words, action="failed") == reason


@pytest.mark.parametrize("body, expected", [
    # bulleted, numbered, marked headings, and a delay's two headings
    ("Ihre Nachricht konnte nicht an alle Empfänger zugestellt werden.\nDiese Empfängeradressen existieren bei uns nicht:\n"
     "  • ana@firm.example\n  • ben@firm.example\nBei diesen Empfängern ist das Postfach voll:\n  • cleo@firm.example\n",
     [("ana@firm.example", "user_unknown"), ("ben@firm.example", "user_unknown"), ("cleo@firm.example", "mailbox_full")]),
    ("Your message could not be delivered to every recipient.\nCould not be delivered - no such user here:\n"
     "  1. ana@firm.example\n  2. ben@firm.example\nCould not be delivered - recipient's mailbox is full:\n  1. cleo@firm.example\n",
     [("ana@firm.example", "user_unknown"), ("ben@firm.example", "user_unknown"), ("cleo@firm.example", "mailbox_full")]),
    ("No se ha podido entregar su mensaje a los siguientes destinatarios.\n=== Destinatario desconocido (550 5.1.1) ===\n"
     "ana@firm.example\n=== Buzón lleno (552 5.2.2) ===\ncleo@firm.example\n",
     [("ana@firm.example", "user_unknown"), ("cleo@firm.example", "mailbox_full")]),
    ("Twoja wiadomość nie została dostarczona do wszystkich adresatów.\n## Nieznani adresaci\n* ana@firm.example\n"
     "## Skrzynka odbiorcza pełna\n* cleo@firm.example\n",
     [("ana@firm.example", "user_unknown"), ("cleo@firm.example", "mailbox_full")]),
])
def test_groups_under_headings_in_more_layouts(body, expected):
    report = notice("Mail Gateway <postmaster@gw.firm.example>", "Undeliverable: Spring offers", body, null=True)
    assert kind_and_reasons(report) == ("failed", expected)


def test_two_delay_headings_each_keep_their_group():
    body = ("This is the mail system at host out.shop.example.\nYour message has not yet been delivered to all recipients.\n\n"
            "Recipient mailbox full, will retry (452 4.2.2):\n    ana@firm.example\n"
            "Greylisted by the remote server, will retry (451 4.7.1):\n    ben@firm.example\n")
    report = notice("Mail Delivery System <MAILER-DAEMON@out.shop.example>", "Delayed Mail (still being retried)", body,
                    null=True)
    assert kind_and_reasons(report) == ("delayed", [("ana@firm.example", "mailbox_full"), ("ben@firm.example", "rate_limited")])


@pytest.mark.parametrize("subject, body", [
    ("Bevestiging vereist voor uw bericht", "Goedendag,\n\nIk ontvang alleen e-mail van bekende afzenders. Bevestig dat u een "
     "echte afzender bent door op onderstaande link te klikken; daarna wordt uw bericht afgeleverd.\n"
     "https://confirm.firm.example/?id=7712\n"),
    ("Vahvistuspyyntö: Kevään tarjoukset", "Hei,\n\nviestisi osoitteeseen eva@firm.example on pidätetty roskapostisuojauksen "
     "vuoksi.\nVahvista, että olet ihminen, avaamalla alla oleva linkki.\nhttps://verify.firm.example/c/8f3a1\n"),
])
def test_challenges_in_dutch_and_finnish(subject, body):
    report = classify(mail("From: Eva Lind <eva@firm.example>\nTo: bounces+eva=firm.example@news.shop.example\n"
                           f"Subject: {subject}\nAuto-Submitted: auto-replied\n{UTF8}", body))
    assert kind_and_reasons(report) == ("challenge", [("eva@firm.example", "challenge")])


def test_tmda_s_confirmation_request_is_a_challenge_though_it_reads_like_a_delay():
    body = ("This message was created automatically by mail delivery software.\n\nA message that you sent has not yet been "
            "delivered to one or more of its\nrecipients after more than 0 minutes on the queue on firm.example.\n\nYour "
            "message is being held because the address\n<bounces+eva=firm.example@news.shop.example> has not been verified.\n\n"
            "To release your message for delivery, please send an empty message\nto the following address, or use your "
            "mailer's \"Reply\" feature.\n\n   eva-confirm-1127431200.2211.1d8e3a@firm.example\n")
    report = classify(mail("Return-Path: <>\nFrom: Eva Lind <eva-confirm-1127431200.2211.1d8e3a@firm.example>\n"
                           "To: bounces+eva=firm.example@news.shop.example\nSubject: Re: Spring offers\n"
                           "Auto-Submitted: auto-replied (confirm)\nX-Delivery-Agent: TMDA/1.0.3 (Seattle Slew)\n", body))
    assert kind_and_reasons(report) == ("challenge", [("eva@firm.example", "challenge")])


def test_vacation_s_closing_words_mark_its_reply():
    body = ("I am at a conference in Geneva until June 29 and reading mail only\noccasionally.  Your mail concerning "
            "\"Spring offers\"\nwill be read when I'm back.\n-- Victor\n")
    report = classify(mail("From: victor@firm.example (Victor Ng)\nTo: bounces+victor=firm.example@news.shop.example\n"
                           "Subject: away from my mail\nPrecedence: bulk\n", body))
    assert kind_and_reasons(report) == ("auto_reply", [("victor@firm.example", "auto_reply")])


# ---- sixth batch -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("status, words, reason", [
    # the list named as the consequence, in a sending service's own words beside the remote reply
    ("5.1.1", "550 5.1.1 <eva@firm.example>... User unknown. What happens next: this address has been added to your account's "
              "suppression list and future sends to it will be skipped.", "user_unknown"),
    # a mailbox locked by another process: Portuguese, Polish, Italian, Dutch, Swedish
    ("4.2.0", "451 4.2.0 Caixa postal bloqueada por outro processo, tente novamente mais tarde", "system_error"),
    ("4.2.0", "452 4.2.0 Skrzynka zablokowana przez inny proces. Spróbuj ponownie później.", "system_error"),
    ("4.2.0", "450 4.2.0 Casella di posta bloccata da un altro processo, riprovare più tardi", "system_error"),
    (None, "451 De mailbox is vergrendeld door een ander proces. Probeer het later opnieuw.", "system_error"),
    ("4.2.1", "450 4.2.1 Brevlådan är låst av en annan process, försök igen senare", "system_error"),
    # Domino's quota: German, Japanese, Portuguese
    (None, "Die Zustellung würde das Kontingent der Maildatei des Empfängers überschreiten.", "mailbox_full"),
    (None, "配信すると受信者のメール ファイルのクォータを超えます。", "mailbox_full"),
    (None, "A entrega excederia a cota do arquivo de correio do destinatário.", "mailbox_full"),
    # the recipient's policy broken: French, Spanish
    ("5.7.1", "550 5.7.1 Le message enfreint la politique de messagerie du destinataire", "policy_violation"),
    ("5.7.1", "550 5.7.1 El mensaje infringe la directiva de correo electrónico del destinatario", "policy_violation"),
    # heading words: Czech, Danish, Finnish, Hungarian, German, Portuguese
    (None, "Neznámí adresáti", "user_unknown"), (None, "Plná schránka (552 5.2.2)", "mailbox_full"),
    (None, "Følgende modtagere er ukendte", "user_unknown"), (None, "Følgende modtagere har fuld postkasse", "mailbox_full"),
    (None, "Tuntemattomat vastaanottajat", "user_unknown"), (None, "Ismeretlen címzettek", "user_unknown"),
    (None, "Megtelt postafiókok", "mailbox_full"),
    (None, "Die folgenden Empfänger sind in unserem Verzeichnis nicht vorhanden", "user_unknown"),
    (None, "Destinatários inexistentes", "user_unknown"),
])
def test_the_sixth_batch_of_causes(status, words, reason):
    assert decide(status=status, diagnostic=words, action="failed") == reason


def test_headed_groups_with_display_names():
    body = ("Ihre Nachricht konnte nicht an alle Empfänger zugestellt werden.\n"
            "Die folgenden Empfänger sind in unserem Verzeichnis nicht vorhanden:\n"
            "    \"Lind, Eva\" <eva@firm.example>\n    \"Einkauf\" <einkauf@firm.example>\n"
            "Bei den folgenden Empfängern ist das Postfach voll (452 4.2.2):\n    \"Ana Ruiz\" <ana@firm.example>\n"
            "Es werden keine weiteren Zustellversuche unternommen.\n")
    report = notice("Mail Delivery System <MAILER-DAEMON@mx.firm.example>", "Unzustellbar: Spring offers", body, null=True)
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "user_unknown"), ("einkauf@firm.example", "user_unknown"),
                                                   ("ana@firm.example", "mailbox_full")])


def test_a_dsn_that_says_only_see_report_takes_each_recipient_s_words_from_the_report():
    raw = mail("From: Mail Delivery System <MAILER-DAEMON@mx.firm.example>\nTo: bounces@news.shop.example\n"
               "Subject: Undelivered Mail\nMIME-Version: 1.0\n"
               "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"",
               "--b\nContent-Type: text/plain; charset=utf-8\n\nTämä on automaattinen viesti.\nViestiäsi ei voitu toimittaa.\n\n"
               "Tuntemattomat vastaanottajat:\n  - eva@firm.example\nPostilaatikko on täynnä:\n  - ana@firm.example\n\n"
               "--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.firm.example\n\n"
               "Final-Recipient: rfc822; eva@firm.example\nAction: failed\nStatus: 5.0.0\nDiagnostic-Code: smtp; 550 see report\n\n"
               "Final-Recipient: rfc822; ana@firm.example\nAction: failed\nStatus: 5.0.0\nDiagnostic-Code: smtp; 550 see report\n\n"
               "--b--\n")
    assert kind_and_reasons(classify(raw)) == ("failed", [("eva@firm.example", "user_unknown"), ("ana@firm.example", "mailbox_full")])


@pytest.mark.parametrize("body", [
    "Hola,\nSolo recibo correos de remitentes conocidos. Para que su mensaje llegue a mi bandeja de entrada, confirme que es una "
    "persona real haciendo clic aquí:\nhttps://confirmar.firm.example/v?id=K93\n",
    "Dobrý den,\nVaše zpráva pro eva@firm.example byla pozdržena antispamovou ochranou.\nPro doručení zprávy prosím ověřte, že "
    "nejste robot – klikněte na odkaz:\nhttps://overeni.firm.example/challenge?id=8c1f\n",
])
def test_challenges_in_spanish_and_czech(body):
    report = classify(mail("From: Eva Lind <eva@firm.example>\nTo: bounces+eva=firm.example@news.shop.example\n"
                           f"Subject: Verificación / Ověření\nAuto-Submitted: auto-replied\n{UTF8}", body))
    assert kind_and_reasons(report) == ("challenge", [("eva@firm.example", "challenge")])


def test_vacation_s_words_in_french_mark_its_reply():
    body = "Votre message concernant « Nouveautés » sera lu à mon retour, le 26 août.\nAnne Leroy\n"
    report = classify(mail("From: Anne Leroy <anne@firm.example>\nTo: bounces+anne=firm.example@news.shop.example\n"
                           f"Subject: Re: Nouveautés\n{UTF8}", body))
    assert kind_and_reasons(report) == ("auto_reply", [("anne@firm.example", "auto_reply")])


def test_mailman_s_command_results_in_portuguese_are_no_list_refusal():
    body = ("Os resultados do seu comando de e-mail estão abaixo.\n\n- Resultados:\n    bounces@news.shop.example não é membro da "
            "lista ofertas.\n    Falha no comando unsubscribe.\n\n- Concluído.\n")
    report = classify(mail("From: ofertas-bounces@lists.firm.example\nTo: bounces@news.shop.example\n"
                           "Subject: Os resultados de seus comandos de e-mail\nAuto-Submitted: auto-replied\n"
                           f"X-Mailman-Version: 2.1.39\nPrecedence: bulk\n{UTF8}", body))
    assert report.kind not in ("failed", "delayed")


# ---- seventh batch: the limits of a grouped reading --------------------------------------------------------------
def test_exim_s_reason_line_ending_in_a_colon_heads_no_group():
    body = ("This message was created automatically by mail delivery software.\n\nA message that you sent could not be "
            "delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n"
            "  ana@firm.example\n    mailbox is full (MTA-imposed quota exceeded while writing to file /var/mail/ana):\n"
            "  ben@firm.example\n    Unrouteable address\n")
    report = notice("Mail Delivery System <Mailer-Daemon@mx.shop.example>", "Mail delivery failed: returning message to sender",
                    body, null=True)
    assert dict(kind_and_reasons(report)[1])["ana@firm.example"] == "mailbox_full"
    assert dict(kind_and_reasons(report)[1])["ben@firm.example"] != "mailbox_full"


def test_a_group_heading_is_no_context_of_the_other_groups():
    body = ("Detta är ett automatiskt meddelande.\nFöljande mottagare är okända:\n    erik@firm.example\nFullt postfack:\n"
            "    anna@firm.example\nInga fler leveransförsök kommer att göras.\n")
    report = notice("Postmaster <postmaster@mail.firm.example>", "Olevererbart meddelande", body, null=True)
    assert kind_and_reasons(report) == ("failed", [("erik@firm.example", "user_unknown"), ("anna@firm.example", "mailbox_full")])


def test_a_help_desk_answering_with_its_own_address_keeps_its_spelling():
    body = "Vielen Dank für Ihre Nachricht. Ich bin bis zum 14. Oktober nicht im Büro und ab dem 15. wieder erreichbar.\n"
    report = classify(mail("From: Karin Vogel <K.Vogel@firm.example>\nTo: bounces+k.vogel=firm.example@news.shop.example\n"
                           f"Subject: Abwesenheitsnotiz\nAuto-Submitted: auto-replied\n{UTF8}", body))
    assert kind_and_reasons(report) == ("auto_reply", [("K.Vogel@firm.example", "auto_reply")])


@pytest.mark.parametrize("words, reason", [
    ("Folgende Empfänger sind unbekannt", "user_unknown"), ("Folgende Postfächer sind voll", "mailbox_full"),
    ("The following recipients are not known here", "user_unknown"),
    ("The following mailboxes have exceeded their storage allowance", "mailbox_full"),
    ("Vastaanottajat, joita ei tunneta", "user_unknown"), ("Täynnä olevat postilaatikot", "mailbox_full"),
    ("Fullt postfack", "mailbox_full"), ("Pełne skrzynki pocztowe", "mailbox_full"),
])
def test_the_plural_headings_of_grouped_reports(words, reason):
    assert decide(status=None, diagnostic=words, action="failed") == reason
