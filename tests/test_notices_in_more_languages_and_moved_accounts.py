"""Closed addresses whose mail is deleted unread in Indonesian, Hindi and Arabic; postmasters' notices that give the person's
new address; mail-security products' notices in Spanish, Portuguese, Italian, French, Russian, Turkish, Czech and Polish
(the finding, the hold, the release); links on a block list in Dutch, German, French and Spanish; readers' requests in
Korean, Indonesian and Thai.

Each case is a wording written for the rule it tests (none copied from a sample): what the words mean decides,
whatever code a server sends them with.
"""
from __future__ import annotations

import pytest

from filter import classify
from filter.core.classifier import decide
from shapes import UTF8, auto_reply as _auto_reply, kind_and_reasons, mail, notice as _notice, readers_reply


# ---- what the words mean ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("status, diagnostic, reason", [
    # an address no longer active or used: Indonesian ("lagi", any more), Hindi, Korean; an account abolished (Dutch)
    (None, "Alamat e-mail tersebut sudah tidak aktif lagi sejak bulan Mei.", "user_unknown"),
    (None, "क्षमा करें, यह पता अब उपयोग में नहीं है।", "user_unknown"),
    (None, "यह ईमेल खाता अब सक्रिय नहीं है।", "user_unknown"),
    (None, "이 계정은 더 이상 사용하지 않는 계정입니다.", "user_unknown"),
    (None, "Het account van mevrouw de Boer is per 1 maart opgeheven.", "user_unknown"),
    # the person who left, said in another word order (Dutch) and in Portuguese: gone for good, even beside "deactivated"
    (None, "Het postvak werd afgesloten omdat mevrouw Smit niet langer bij ons werkzaam is.", "user_unknown"),
    (None, "O endereço foi desativado porque a funcionária deixou a empresa em março.", "user_unknown"),
    # the person's new address, where to reach them now (English with "the address", Italian, Spanish, Portuguese)
    (None, "This mailbox is closed. Ms Okafor can now be reached at the new address <address>.", "has_moved"),
    (None, "La casella è stata chiusa. La dott.ssa Riva è ora raggiungibile all'indirizzo <address>.", "has_moved"),
    (None, "El buzón fue cerrado; el Sr. Pardo ahora puede ser contactado en <address>.", "has_moved"),
    (None, "A caixa foi encerrada. A Sra. Nunes agora pode ser contactada pelo endereço <address>.", "has_moved"),
    # a link of the body on a domain block list: Dutch, German, French, Spanish
    ("5.7.1", "550 5.7.1 Geweigerd: het bericht bevat een link naar promo.example, die op de Spamhaus DBL staat",
     "spam_detected"),
    ("5.7.1", "550 5.7.1 Abgelehnt: die Nachricht enthält einen Link zu promo.example, der in der Spamhaus DBL gelistet ist",
     "spam_detected"),
    ("5.7.1", "550 5.7.1 Refusé : le message contient un lien vers promo.example, qui est listé dans la Spamhaus DBL",
     "spam_detected"),
    ("5.7.1", "550 5.7.1 Rechazado: el mensaje contiene un enlace a promo.example, que está listado en la Spamhaus DBL",
     "spam_detected"),
    # greylisting said by the attempt that is taken, in Czech (with and without its letters)
    ("4.7.1", "451 4.7.1 Poštu od nových odesílatelů přijímáme až při druhém pokusu o doručení.", "rate_limited"),
    ("4.7.1", "451 4.7.1 Postu od novych odesilatelu prijimame az pri dalsim pokusu.", "rate_limited"),
    # held until someone looks at it, whatever rule put it there (English, Italian, French, Spanish, German)
    (None, "Your message was quarantined because its attachment type (.js) is not permitted. It will remain in quarantine "
           "until an administrator has reviewed it.", "on_hold"),
    (None, "Il messaggio contiene un allegato non consentito e resterà in quarantena finché l'amministratore non lo avrà "
           "esaminato.", "on_hold"),
    (None, "Le message contient une pièce jointe interdite ; il restera en quarantaine jusqu'à ce qu'un administrateur "
           "l'examine.", "on_hold"),
    (None, "El mensaje contiene un adjunto no permitido y permanecerá en cuarentena hasta que un administrador lo revise.",
     "on_hold"),
    (None, "Die Nachricht enthält einen nicht erlaubten Anhang und bleibt in der Quarantäne, bis ein Administrator sie "
           "prüft.", "on_hold"),
    # a limit on our concurrent connections reached: the receiving side's rate of us
    ("4.2.1", "421 4.2.1 Service deferred: simultaneous connection limit reached for your host", "rate_limited"),
    ("4.2.1", "421 4.2.1 Try later - concurrent connections limit exceeded", "rate_limited"),
    # "sender blocked" as a heading, then our host named on a list; a host refused with the address in angle brackets
    ("5.7.1", "550 5.7.1 Sender blocked error - 192.0.2.61 is listed on a DNS blocklist", "blocked"),
    ("5.0.0", "521 <192.0.2.61> is blocked", "blocked"),
    # the address gone and the one to use instead, in Spanish and Portuguese (RFC 5321 551 "User not local; please try")
    ("5.1.6", "551 5.1.6 <ana@old.example>: la usuaria ya no pertenece a este dominio; por favor use <ana@new.example>",
     "has_moved"),
    ("5.1.6", "551 5.1.6 <ana@old.example>: usuária não pertence mais a este domínio; por favor use <ana@new.example>",
     "has_moved"),
    # the user no longer exists (Spanish, Portuguese), said without a code
    (None, "550 el usuario ya no existe en este servidor", "user_unknown"),
    (None, "550 a conta de e-mail não existe mais", "user_unknown"),
    # the new address where to reach the person now: German with "der Adresse", Swedish, Polish
    (None, "Das Postfach wurde geschlossen. Herr Kühn ist jetzt unter der Adresse <address> erreichbar.", "has_moved"),
    (None, "Adressen har avslutats. Karin Berg nås numera på <address>.", "has_moved"),
    (None, "Skrzynka została zamknięta. Pani Nowak jest teraz dostępna pod adresem <address>.", "has_moved"),
    # a link on a block list, Italian
    ("5.7.1", "550 5.7.1 Rifiutato: il messaggio contiene un link a promo.example, che è presente nella lista Spamhaus DBL",
     "spam_detected"),
    # kept in quarantine until someone looks (Polish, Dutch)
    (None, "Wiadomość zawiera niedozwolony załącznik i pozostanie w kwarantannie do czasu, aż administrator ją sprawdzi.",
     "on_hold"),
    (None, "Het bericht bevat een verboden bijlage en blijft in quarantaine totdat een beheerder het beoordeelt.", "on_hold"),
    # a greeting to the sender, written without a stop (Thai "Dear sender"), then the address gone: the recipient's
    (None, "เรียน ผู้ส่ง ที่อยู่อีเมลนี้ไม่ได้ใช้งานแล้ว", "user_unknown"),
    # a mail flow rule of the recipient's organisation: its policy, in the rule's name or the NDR's localised sentence
    ("5.7.1", "550 5.7.1 TRANSPORT.RULES.RejectMessage", "policy_violation"),
    ("5.7.1", "550 5.7.1 TRANSPORT.RULES.RejectMessage; Die Nachricht wurde aufgrund einer Regel der Empfängerorganisation "
              "abgelehnt.", "policy_violation"),
    ("5.7.1", "550 5.7.1 TRANSPORT.RULES.RejectMessage; O envio violou uma política da organização do destinatário.",
     "policy_violation"),
    # ... beside words that the mailbox is gone: the heading says only that a rule answered
    ("5.7.1", "550 5.7.1 TRANSPORT.RULES.RejectMessage; This mailbox is no longer in use.", "user_unknown"),
    # the user not in the directory (Japanese), not registered (Kazakh)
    ("5.0.0", "ユーザー tanaka は Domino ディレクトリに登録されていません", "user_unknown"),
    (None, "Мұндай пайдаланушы біздің серверде тіркелмеген.", "user_unknown"),
    # a TCP connection no server accepted, the host alone after the words (Sendmail's "Deferred:" lost)
    ("4.4.1", "Connection refused by mx.firm.example", "network_error"),
    # too many simultaneous connections, in German, French, Spanish, Italian
    ("4.7.0", "421 4.7.0 Zu viele gleichzeitige Verbindungen von Ihrer IP-Adresse", "rate_limited"),
    ("4.7.0", "421 4.7.0 Trop de connexions simultanées depuis votre adresse IP", "rate_limited"),
    ("4.7.0", "421 4.7.0 Demasiadas conexiones simultáneas desde su IP", "rate_limited"),
    ("4.7.0", "421 4.7.0 Troppe connessioni simultanee dal vostro indirizzo", "rate_limited"),
    # a mailbox closed, the person's new address (Portuguese word order, Czech, Turkish)
    (None, "A caixa postal foi encerrada. A Dra. Lima pode agora ser contactada através do endereço <address>.", "has_moved"),
    (None, "Schránka byla zrušena. Mgr. Novák je nyní k zastižení na adrese <address>.", "has_moved"),
    (None, "Posta kutusu kapatılmıştır. Ayşe Hanım'a artık <address> adresinden ulaşabilirsiniz.", "has_moved"),
    (None, "A caixa postal de Helena Lima foi encerrada.", "user_unknown"),
    # malware named in Finnish and Greek
    (None, "Viesti pysäytettiin, koska liitteestä löytyi haittaohjelma.", "virus_detected"),
    (None, "Το μήνυμα απορρίφθηκε: περιείχε κακόβουλο λογισμικό.", "virus_detected"),
    # the receiving server's own storage (Spanish), a mailbox's (Spanish)
    ("4.3.1", "452 4.3.1 Espacio insuficiente en el servidor", "system_full"),
    ("5.2.2", "552 5.2.2 Espacio insuficiente en el buzón del destinatario", "mailbox_full"),
    # a mailbox that takes certified mail (PEC) only: its site's policy
    ("5.7.1", "550 5.7.1 Rifiutato: questa casella accetta solo posta elettronica certificata", "policy_violation"),
    # an address deleted (Italian)
    (None, "L'indirizzo di posta è stato eliminato.", "user_unknown"),
    # too many simultaneous connections, in Dutch, Polish, Portuguese, Japanese
    ("4.7.0", "421 4.7.0 Te veel gelijktijdige verbindingen vanaf uw IP-adres", "rate_limited"),
    ("4.7.0", "421 4.7.0 Zbyt wiele jednoczesnych połączeń z Twojego adresu IP", "rate_limited"),
    ("4.7.0", "421 4.7.0 Muitas conexões simultâneas a partir do seu endereço IP", "rate_limited"),
    ("4.7.0", "421 4.7.0 同時接続数が上限を超えています", "rate_limited"),
    # the new address, Spanish with the verb first; a Czech mailbox full, its address between
    (None, "El buzón ha sido dado de baja. Ana puede ser contactada ahora en la dirección <address>.", "has_moved"),
    (None, "Schránka jana@firm.example je plná (překročena kvóta 2 GB).", "mailbox_full"),
    # malware named in Turkish, Czech and Japanese; spam judged in Japanese, its word in brackets
    (None, "İleti eki kötü amaçlı yazılım içeriyor.", "virus_detected"),
    (None, "Příloha obsahovala škodlivý software.", "virus_detected"),
    (None, "このメールは迷惑メール（スパム）と判定されました。", "spam_detected"),
    # held for the administrator's review, in Greek
    (None, "Το μήνυμα κρατείται προσωρινά σε καραντίνα και αναμένει έλεγχο από τον διαχειριστή.", "on_hold"),
    # an outbound data-loss-prevention hold, a review to come
    (None, "Your message has been held by your organization's data loss prevention policy and has NOT yet been sent. A "
           "compliance administrator will review the message.", "on_hold"),
    # a field RFC 5322 section 3.6 allows once, sent twice
    ("5.6.0", "550 5.6.0 Only one Subject header allowed", "not_compliant_rfc"),
])
def test_the_words_decide(status: str | None, diagnostic: str, reason: str) -> None:
    assert decide(status=status, diagnostic=diagnostic) == reason


@pytest.mark.parametrize("status, diagnostic, reason", [
    # an account merely inactive (Indonesian, without "lagi") is disabled, not gone
    (None, "Akun email ini tidak aktif.", "suspended"),
    # our own IP on a block list (German): a block of our host, not of the body's links
    ("5.7.1", "550 5.7.1 Ihre IP-Adresse 192.0.2.7 ist in der Spamhaus SBL gelistet", "blocked"),
    # a quarantine refused for good, the release denied: the cause it was held for
    (None, "Your message was held for review because of a prohibited attachment. The administrator has rejected the "
           "release.", "policy_violation"),
    # the sender's own address no longer in use (Thai "the sender's e-mail address"): no failure of the recipient's
    (None, "ที่อยู่อีเมลของผู้ส่งไม่ได้ใช้งานแล้ว", "on_hold"),
    # a server's reply that refuses the connection: a block of us
    (None, "554 Connection refused by mx.firm.example", "blocked"),
    # "sender blocked" alone: our address refused
    ("5.7.1", "550 5.7.1 Sender blocked", "rejected"),
    # someone else to write to, in Spanish: the address is only gone
    ("5.1.1", "550 5.1.1 El usuario ya no existe en este dominio; por favor escriba a info@firm.example", "user_unknown"),
])
def test_what_the_words_are_not(status: str | None, diagnostic: str, reason: str) -> None:
    assert decide(status=status, diagnostic=diagnostic) == reason


# ---- closed addresses whose mail is deleted unread ------------------------------------------------------------------
@pytest.mark.parametrize("sender, body", [
    ("Budi Santoso <budi@firm.example>",
     "Alamat ini sudah tidak aktif lagi.\nEmail yang masuk ke alamat ini akan dihapus tanpa dibaca.\n"
     "Silakan hubungi kantor@firm.example.\n"),
    ("Anil Mehta <anil@firm.example>",
     "यह ईमेल पता अब उपयोग में नहीं है।\nइस पते पर आने वाले संदेश बिना पढ़े ही हटा दिए जाते हैं।\n"),
    ("Omar Saleh <omar@firm.example>",
     "هذا البريد لم يعد مستخدما.\nيتم حذف الرسائل الواردة دون قراءتها.\n"),
    ("Lan Tran <lan@firm.example>",
     "Địa chỉ email này không còn được sử dụng nữa.\nThư gửi đến địa chỉ này sẽ bị tự động xóa.\n"),
    ("Niran <niran@firm.example>",
     "เรียน ผู้ส่ง\n\nบัญชีนี้ไม่ได้ใช้งานแล้ว อีเมลที่ส่งมาจะถูกลบโดยอัตโนมัติ\n"),
])
def test_an_autoresponder_of_a_closed_address_that_deletes_our_message(sender: str, body: str) -> None:
    address = sender.split("<")[1].rstrip(">")
    assert kind_and_reasons(_auto_reply(body, sender=sender)) == ("failed", [(address, "user_unknown")])


@pytest.mark.parametrize("body", [
    # on leave, the mail deleted meanwhile (Indonesian): an absence
    "Saya sedang cuti melahirkan sampai 1 Juli. Email selama periode ini akan dihapus secara otomatis.\n",
])
def test_a_person_on_leave_whose_mail_is_deleted_stays_an_auto_reply(body: str) -> None:
    assert _auto_reply(body, sender="Sari <sari@firm.example>").kind == "auto_reply"


# ---- postmasters' notices ---------------------------------------------------------------------------------------------
def test_a_postmaster_notice_names_the_closed_mailbox_not_the_new_address_nor_the_contact() -> None:
    r = _notice("Postmaster <postmaster@firm.example>", "Comunicazione dell'amministratore",
                "Gentile mittente,\n\nla casella l.riva@firm.example è stata chiusa e il suo messaggio non è stato "
                "recapitato. La dott.ssa Riva è ora raggiungibile all'indirizzo\nlaura.riva@firm.example.\n\n"
                "Per informazioni generali: segreteria@firm.example\n", null=True)
    assert kind_and_reasons(r) == ("failed", [("l.riva@firm.example", "has_moved")])


@pytest.mark.parametrize("body, reason", [
    ("Het e-mailaccount j.bakker@firm.example is opgeheven, omdat de medewerker niet meer bij ons werkzaam is. Uw "
     "bericht is niet afgeleverd.\n\nVoor algemene vragen: info@firm.example\n", "user_unknown"),
    ("A caixa postal j.bakker@firm.example foi desativada, pois o colaborador deixou a empresa. A sua mensagem não foi "
     "entregue.\n\nContato geral: atendimento@firm.example\n", "user_unknown"),
])
def test_a_postmaster_notice_of_a_leaver(body: str, reason: str) -> None:
    assert kind_and_reasons(_notice("Postmaster <postmaster@firm.example>", "Undeliverable", body, null=True)) == \
        ("failed", [("j.bakker@firm.example", reason)])


# ---- security products' notices ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("sender, subject, body, reason", [
    # the finding in Spanish, Portuguese, Italian, French, Russian, Turkish, the recipient in a field of the site's language
    ("ScanMail <scanmail@firm.example>", "Alerta de virus",
     "ScanMail ha detectado un virus en un mensaje que usted envió.\n\nDestinatario:  ana@firm.example\nVirus: W97M/Marker\n",
     "virus_detected"),
    ("Proteção de E-mail <gw@firm.example>", "Alerta de vírus",
     "O filtro detectou um vírus em uma mensagem que você enviou.\n\nDestinatário: ana@firm.example\n", "virus_detected"),
    ("Sicurezza Posta <gw@firm.example>", "Virus rilevato",
     "Il sistema ha rilevato un virus in un messaggio da lei inviato.\n\nDestinatario: ana@firm.example\n", "virus_detected"),
    ("Sécurité Messagerie <gw@firm.example>", "Virus détecté",
     "Le filtre a détecté un virus dans un message que vous avez envoyé.\n\nDestinataire : ana@firm.example\n",
     "virus_detected"),
    ("Kaspersky Security <ks@firm.example>", "Обнаружен вирус",
     "Kaspersky Security обнаружил вирус в письме, которое вы отправили.\n\nПолучатель: ana@firm.example\n",
     "virus_detected"),
    ("E-posta Güvenliği <gw@firm.example>", "Virüs bulundu",
     "Gönderdiğiniz iletide virüs tespit edildi; ileti teslim edilmedi.\n\nAlıcı: ana@firm.example\n", "virus_detected"),
    # blocked, the message "you sent to" named (Portuguese); held while analysed (French); held, then kept until reviewed
    # (Czech, the recipient in the sentence)
    ("Proteção de E-mail <gw@firm.example>", "Mensagem bloqueada",
     "A mensagem que você enviou para ana@firm.example foi bloqueada.\n\nMotivo: anexo infectado\n", "virus_detected"),
    ("Filtre de messagerie <filtre@firm.example>", "Message en analyse",
     "Votre message à ana@firm.example est en cours d'analyse dans un environnement isolé. Il sera remis automatiquement "
     "au destinataire.\n", "on_hold"),
    ("E-mailová ochrana <postmaster@firm.example>", "Zpráva zadržena",
     "Zpráva, kterou jste odeslali na adresu ana@firm.example, byla zadržena v karanténě a čeká na kontrolu správce.\n",
     "on_hold"),
])
def test_a_security_products_notice_in_the_sites_language(sender: str, subject: str, body: str, reason: str) -> None:
    assert kind_and_reasons(_notice(sender, subject, body)) == ("failed", [("ana@firm.example", reason)])


@pytest.mark.parametrize("sender, body", [
    # released, then delivered: Polish, Czech, and English with the recipient on the line below "the following recipient:"
    ("Ochrona poczty <noreply@firm.example>",
     "Wiadomość wysłana przez Państwa do ana@firm.example została zatrzymana w kwarantannie.\nAdministrator zwolnił ją po "
     "sprawdzeniu. Wiadomość została już dostarczona do adresata.\n"),
    ("E-mailová ochrana <postmaster@firm.example>",
     "Zpráva, kterou jste odeslali na adresu ana@firm.example, byla zadržena v karanténě.\nSprávce ji uvolnil a zpráva byla "
     "doručena příjemci.\n"),
    ("Mail Security <noreply@firm.example>",
     "Your message to the following recipient was temporarily held by our mail\nsecurity service:\n\n  ana@firm.example\n\n"
     "An administrator approved its release; it has since been placed in the recipient's inbox.\n"),
])
def test_a_notice_that_our_message_was_released_and_delivered(sender: str, body: str) -> None:
    assert kind_and_reasons(_notice(sender, "Message released", body)) == ("delivered", [("ana@firm.example", "delivered")])


def test_a_vendors_newsletter_about_quarantines_is_no_report() -> None:
    r = classify(mail("From: Mail Security <news@vendor.example>\nTo: news@shop.example\nSubject: Webinar: quarantine tips\n"
                      f"List-Unsubscribe: <mailto:leave@vendor.example>\n{UTF8}",
                      "Learn what happens when your message to the following recipient was temporarily held by a gateway:\n\n"
                      "  someone@vendor.example\n\nRegister now.\n"))
    assert r.kind == "not_bounce"


# ---- readers' requests in Korean, Indonesian and Thai -------------------------------------------------------------------
@pytest.mark.parametrize("body", [
    "안녕하세요.\n\n뉴스레터 구독을 해지해 주세요.\n\n감사합니다.",
    "Halo,\n\nmohon berhenti mengirimkan newsletter ke alamat saya.\n\nTerima kasih.",
    "สวัสดีครับ\n\nกรุณายกเลิกการส่งจดหมายข่าวมาที่อีเมลนี้ด้วยครับ\n\nขอบคุณครับ",
])
def test_a_readers_request_in_korean_indonesian_or_thai(body: str) -> None:
    assert kind_and_reasons(readers_reply(body)) == ("unsubscribe", [("office@firm.example", "unsubscribe")])


@pytest.mark.parametrize("body", [
    # a Thai footer ("if you wish to cancel the newsletter, click here") quoted back, and a question about an order
    "ขอบคุณครับ\n\nหากต้องการยกเลิกการรับจดหมายข่าว คลิกที่นี่",
    "안녕하세요.\n\n주문을 취소해 주세요. 주문번호 4411입니다.",
])
def test_what_is_no_request_in_korean_or_thai(body: str) -> None:
    assert readers_reply(body).kind != "unsubscribe"


def test_a_local_agents_report_that_names_the_tls_the_destination_requires() -> None:
    # a Diagnostic-Code of a local type (RFC 3464 "x-unix") whose words are about TLS, under X.7.10 "Encryption Needed"
    report = ("From: Mail Delivery Subsystem <MAILER-DAEMON@mx.shop.example>\nTo: news@shop.example\n"
              "Subject: Failed to deliver message\nMIME-Version: 1.0\n"
              "Content-Type: multipart/report; report-type=delivery-status; boundary=B\n\n--B\nContent-Type: text/plain\n\n"
              "Your message could not be delivered to the following recipients:\n\n    <ana@firm.example>\n\n"
              "--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.shop.example\n\n"
              "Final-Recipient: rfc822;ana@firm.example\nAction: failed\nStatus: 5.7.10\n"
              "Diagnostic-Code: x-unix; STARTTLS not offered by the MX, required by its MTA-STS policy\n\n--B--\n")
    assert kind_and_reasons(classify(report.encode())) == ("failed", [("ana@firm.example", "failed_starttls")])


# ---- readers' requests and challenges in more words ---------------------------------------------------------------------
def test_a_readers_request_for_the_firms_address_in_german() -> None:
    r = readers_reply("Sehr geehrte Damen und Herren,\n\nbitte streichen Sie unsere Adresse aus Ihrem Newsletter-Verteiler.\n"
                      "\nMit freundlichen Grüßen\nSekretariat\n", subject="AW: Produkt-News Mai")
    assert kind_and_reasons(r) == ("unsubscribe", [("office@firm.example", "unsubscribe")])


@pytest.mark.parametrize("sender, subject, body, address", [
    # German "that you are no automated program", the message to the protected address named
    ('"E-Mail-Schutz" <no-reply@firm.example>', "Bitte bestätigen Sie Ihre E-Mail",
     "Ihre E-Mail an lena@firm.example wurde zurückgehalten, da Ihre Absenderadresse noch nicht bestätigt ist.\n"
     "Bitte bestätigen Sie über den folgenden Link, dass Sie kein automatisiertes Programm sind:\n"
     "https://check.firm.example/c/1\n", "lena@firm.example"),
    # Portuguese, the protected person first ("Eu, x@..., uso ..."), "confirmar que é uma pessoa"
    ("AntiSpam <antispam@mail.example>", "Confirmação de envio",
     "Eu, lena@mail.example, uso um filtro AntiSpam.\nSua mensagem está retida e só será entregue depois que você "
     "confirmar que é uma pessoa.\nDigite os caracteres que aparecem na imagem: https://mail.example/c/2\n", "lena@mail.example"),
    # Spanish "Envió un mensaje a x@..."
    ("Verificacion <verificacion@mail.example>", "Verificación de remitente",
     "Envió un mensaje a lena@mail.example. Su mensaje quedará pendiente hasta que confirme que usted es una persona.\n"
     "Para confirmar, responda a este correo sin modificar el asunto.\n", "lena@mail.example"),
])
def test_a_challenge_names_the_person_it_protects(sender: str, subject: str, body: str, address: str) -> None:
    r = classify(mail(f"From: {sender}\nTo: news@shop.example\nSubject: {subject}\n{UTF8}", body))
    assert kind_and_reasons(r) == ("challenge", [(address, "challenge")])


@pytest.mark.parametrize("body", [
    "Bonjour,\n\nLa boîte aux lettres l.riva@firm.example a été fermée. Mme Riva est désormais joignable à l'adresse "
    "laura@riva.example.\nVotre message n'a pas été distribué. Pour toute question : accueil@firm.example\n",
    "Dzień dobry,\n\nskrzynka l.riva@firm.example została zamknięta. Pani Riva jest teraz dostępna pod adresem "
    "laura@riva.example.\nWiadomość nie została dostarczona.\nW sprawach ogólnych: biuro@firm.example\n",
])
def test_a_postmaster_notice_names_the_closed_mailbox_in_french_or_polish(body: str) -> None:
    r = _notice("Postmaster <postmaster@firm.example>", "Non remis", body, null=True)
    assert kind_and_reasons(r) == ("failed", [("l.riva@firm.example", "has_moved")])


# ---- security products' notices read by their fields -------------------------------------------------------------------
@pytest.mark.parametrize("sender, subject, body", [
    # the stopped message's sender ours and its recipient the product's organisation's, in German, Swedish, Japanese,
    # Hungarian: whatever the sentence above them says
    ("MailScanner <scanner@firm.example>", "Virenwarnung",
     "Die Virenschutzlösung der Firma hat in einer Nachricht einen Virus gefunden.\n\nAbsender: news@shop.example\n"
     "Empfänger: ana@firm.example\nBetreff: Juni\nAktion: gelöscht\n"),
    ("E-postskydd <security@firm.example>", "Virus upptäckt",
     "E-postskyddet har upptäckt ett virus.\n\nAvsändare: news@mail.shop.example\nMottagare: ana@firm.example\n"),
    ("ウイルスチェック <virus@firm.example>", "ウイルス検出のお知らせ",
     "メールからウイルスが検出されました。\n\n送信者: news@shop.example\n宛先: ana@firm.example\n"),
    ("Vírusvédelem <virus@firm.example>", "Vírus",
     "A levelezőrendszer vírust észlelt.\n\nFeladó: news@shop.example\nCímzett: ana@firm.example\n"),
    # signed with a name no table holds (Finnish "Sähköpostisuojaus"): the fields say it
    ("Sähköpostisuojaus <tietoturva@firm.example>", "Viesti pysäytetty",
     "Viesti pysäytettiin, koska liitteestä löytyi haittaohjelma.\n\nLähettäjä: news@shop.example\n"
     "Vastaanottaja: ana@firm.example\n"),
])
def test_a_security_products_notice_read_by_its_fields(sender: str, subject: str, body: str) -> None:
    r = classify(mail(f"From: {sender}\nTo: bounces@bounce.shop.example\nSubject: {subject}\n{UTF8}", body))
    assert kind_and_reasons(r) == ("failed", [("ana@firm.example", "virus_detected")])


@pytest.mark.parametrize("sender, body", [
    # an alert about mail *to* us: our address as the recipient, someone else's as the sender
    ("Virenschutz <antivirus@shop.example>",
     "In einer an Sie gerichteten Nachricht wurde ein Virus gefunden.\n\nAbsender: invoice@else.example\n"
     "Empfänger: replies@shop.example\nGefunden: Trojan.Gen\n"),
    ("MailScanner <scanner@shop.example>",
     "Ein Virus wurde gefunden und die Nachricht gelöscht.\n\nAbsender: invoice@else.example\nEmpfänger: replies@shop.example\n"),
])
def test_an_alert_about_mail_to_us_is_no_report(sender: str, body: str) -> None:
    r = classify(mail(f"From: {sender}\nTo: replies@shop.example\nSubject: Virenwarnung\n{UTF8}", body))
    assert r.kind not in ("failed", "delayed")


@pytest.mark.parametrize("sender, body", [
    ("Quarantäne-Dienst <quarantaene@firm.example>",
     "Ihre Nachricht an folgenden Empfänger wurde vorübergehend zurückgehalten:\nana@firm.example\n\n"
     "Ein Administrator hat die Freigabe genehmigt; die Nachricht wurde inzwischen zugestellt.\n"),
    ("Protección de correo <no-reply@firm.example>",
     "Su mensaje al siguiente destinatario fue retenido temporalmente:\n    ana@firm.example\n\n"
     "Un administrador ha liberado el mensaje y ya se ha entregado.\n"),
    # Swedish, by the fields: held, released, then delivered
    ("E-postsäkerhet <karantan@firm.example>",
     "Meddelandet nedan hölls kvar i karantän men har granskats och släppts.\nDet har nu levererats till mottagarens inkorg.\n"
     "\nAvsändare: news@shop.example\nMottagare: ana@firm.example\n"),
])
def test_a_release_notice_naming_the_recipient_below_its_sentence(sender: str, body: str) -> None:
    assert kind_and_reasons(_notice(sender, "Freigabe", body)) == ("delivered", [("ana@firm.example", "delivered")])


# ---- Exchange 5.5-2003 delivery receipts -------------------------------------------------------------------------------
@pytest.mark.parametrize("subject, text", [
    ("Delivered: June news",
     "Your message\n\n  To:      Ana Lima\n  Subject: June news\n  Sent:    6/5/2003 10:15 AM\n\n"
     "was delivered to the following recipient(s):\n\n  Ana Lima on 6/5/2003 10:15 AM\n"),
    ("Entregue: June news",
     "Sua mensagem\n\n  Assunto:     June news\n  Enviada em:  05/06/2003 10:15\n\n"
     "foi entregue aos seguintes destinatários:\n\n  'Ana Lima' em 05/06/2003 10:15\n"),
    ("Levererat: June news",
     "Ditt meddelande\n\n  Ämne:  June news\n\nlevererades till följande mottagare:\n\n  Ana Lima den 2003-06-05 10:15\n"),
    ("Dostarczono: June news",
     "Wiadomość\n\n  Temat:  June news\n\nzostała dostarczona do następujących adresatów:\n\n  Ana Lima dnia 2003-06-05 10:15\n"),
])
def test_an_exchange_2003_delivery_receipt_names_its_recipient_by_display_name(subject: str, text: str) -> None:
    report = (f"From: System Administrator <postmaster@firm.example>\nTo: news@shop.example\nSubject: {subject}\n"
              "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=B\n\n--B\nContent-Type: text/plain; charset=utf-8\n\n"
              f"{text}\n--B\nContent-Type: message/rfc822\n\nFrom: Shop <news@shop.example>\n"
              "To: Ana Lima <ana@firm.example>, Rui Costa <rui@firm.example>\nSubject: June news\n\nHello\n\n--B--\n")
    assert kind_and_reasons(classify(report.encode())) == ("delivered", [("ana@firm.example", "delivered")])


# ---- lures dressed as reports ----------------------------------------------------------------------------------------
def test_a_lure_about_the_readers_own_mailbox_is_no_report() -> None:
    r = classify(mail(f'From: "Microsoft Outlook" <alerts@mail-support.example>\nTo: bounces@shop.example\n'
                      f"Subject: Undeliverable: storage full\n{UTF8}",
                      "Your message couldn't be delivered to your mailbox because your mailbox storage is full.\n\n"
                      "bounces@shop.example\n\nVerify your account and increase your storage for free:\n"
                      "https://storage.example/upgrade\n\nRemote Server returned '554 5.2.2 mailbox full'\n"))
    assert r.kind not in ("failed", "delayed")


def test_a_lure_that_asks_to_open_its_attached_page_is_no_report() -> None:
    raw = ("From: Mail Delivery Subsystem <mailer-daemon@shop.example>\nTo: bounces@shop.example\n"
           "Subject: Returned mail: see transcript for details\nMIME-Version: 1.0\n"
           "Content-Type: multipart/mixed; boundary=B\n\n--B\nContent-Type: text/plain\n\n"
           "A message that you sent could not be delivered to one or more of its recipients.\n\n"
           "  Your message to: sales@shop.example was rejected.\n\nPlease open the attached copy to view and resend it.\n"
           "--B\nContent-Type: text/html; name=\"Returned_Message.htm\"\n"
           "Content-Disposition: attachment; filename=\"Returned_Message.htm\"\n\n<html>login</html>\n--B--\n")
    assert classify(raw.encode()).kind not in ("failed", "delayed")


def test_a_kazakh_postmasters_notice() -> None:
    r = _notice("Пошта әкімшісі <postmaster@univer.example>", "Хатыңыз жеткізілмеді",
                "Құрметті жіберуші!\n\nСіздің aigul@univer.example мекенжайына жіберген хатыңыз жеткізілмеді.\n"
                "Мұндай пайдаланушы біздің серверде тіркелмеген: мекенжай жоқ.\n", null=True)
    assert kind_and_reasons(r) == ("failed", [("aigul@univer.example", "user_unknown")])


@pytest.mark.parametrize("sender, subject, body, address", [
    # French "que vous n'êtes pas un programme automatisé", "Vous avez envoyé un message à x@..."
    ("Anti-spam <verification@confirm.example>", "Vérification de l'expéditeur",
     "Vous avez envoyé un message à lena@firm.example.\nCe destinataire utilise un système anti-spam. Afin de confirmer que "
     "vous n'êtes pas un programme automatisé, cliquez sur le lien : https://confirm.example/v\n", "lena@firm.example"),
    # German "dass Sie ein Mensch und kein automatisches Programm sind", Portuguese "não é um programa automático"
    ("Spamschutz <lena@firm.example>", "Bitte bestätigen Sie",
     "Sie haben eine Nachricht an lena@firm.example gesendet.\nDieses Postfach ist durch ein Bestätigungsverfahren "
     "geschützt. Bitte bestätigen Sie einmalig, dass Sie ein Mensch und kein "
     "automatisches Programm sind, indem Sie auf diese E-Mail antworten.\nNach der Bestätigung wird Ihre Nachricht "
     "zugestellt.\n",
     "lena@firm.example"),
    ("Verificação <lena@firm.example>", "Verificação de remetente",
     "Enviou uma mensagem para lena@firm.example.\nPara garantir que não é um programa automático, pedimos que confirme o envio "
     "no link: https://confirm.example/v\nA sua mensagem ficará retida até à confirmação.\n", "lena@firm.example"),
    # Italian "Ha inviato un messaggio a x@..."
    ("Verifica mittente <conferma@verifica.example>", "Conferma richiesta",
     "Ha inviato un messaggio a lena@firm.example.\nQuesto indirizzo accetta solo messaggi da mittenti verificati.\n"
     "Per confermare di essere una persona, risponda a questo messaggio.\n", "lena@firm.example"),
])
def test_a_challenge_in_french_or_italian(sender: str, subject: str, body: str, address: str) -> None:
    r = classify(mail(f"From: {sender}\nTo: news@shop.example\nSubject: {subject}\n{UTF8}", body))
    assert kind_and_reasons(r) == ("challenge", [(address, "challenge")])


def test_a_readers_request_in_dutch_for_the_firms_address() -> None:
    r = readers_reply("Geachte heer/mevrouw,\n\nHaal ons adres alstublieft uit uw verzendlijst.\n\nMet vriendelijke groet\n",
                      subject="Re: Voorjaarsaanbod")
    assert kind_and_reasons(r) == ("unsubscribe", [("office@firm.example", "unsubscribe")])


@pytest.mark.parametrize("sender, body", [
    ("Postmaster <postmaster@firm.example>",
     "ana@firm.example posta kutusu kapatılmıştır; mesajınız teslim edilmedi.\n\nGenel sorular için: bilgi@firm.example\n"),
    ("Postmaster <postmaster@firm.example>",
     "Postkassen ana@firm.example er lukket, og din besked er ikke blevet leveret.\n\nGenerelle henvendelser: kontakt@firm.example\n"),
    ("Mail-Gateway <gateway@firm.example>",
     "Ihre Nachricht an ana@firm.example wurde von einer Anhangsregel erfasst.\nDie Nachricht bleibt in Quarantäne, bis ein "
     "Administrator sie überprüft hat.\n"),
])
def test_a_notice_that_names_its_recipient_mid_sentence(sender: str, body: str) -> None:
    r = _notice(sender, "Notice", body, null=True)
    assert r.kind == "failed" and [x.address for x in r.recipients] == ["ana@firm.example"]


def test_a_postmasters_reply_that_an_account_of_its_domain_is_gone() -> None:
    r = classify(mail("From: Postmaster <postmaster@firm.example>\nTo: news@shop.example\nSubject: R: Novità di primavera\n"
                      f"In-Reply-To: <a1@shop.example>\n{UTF8}",
                      "Buongiorno,\n\nL'indirizzo mario@firm.example è stato eliminato: il signor Rossi è andato in pensione.\n"
                      "Per comunicazioni commerciali scrivete a info@firm.example.\n\nCordiali saluti\n"))
    assert kind_and_reasons(r) == ("failed", [("mario@firm.example", "user_unknown")])


def test_a_postmasters_reply_that_names_no_gone_account_is_no_failure() -> None:
    r = classify(mail("From: Postmaster <postmaster@firm.example>\nTo: news@shop.example\nSubject: R: Novità di primavera\n"
                      f"In-Reply-To: <a1@shop.example>\n{UTF8}",
                      "Buongiorno,\n\nper le offerte scrivete pure a acquisti@firm.example.\n\nCordiali saluti\n"))
    assert r.kind != "failed"


def test_an_auto_reply_with_a_hindi_subject() -> None:
    r = classify(mail("From: Anil <anil@school.example>\nTo: news@shop.example\nSubject: स्वचालित उत्तर: Weekly report\n"
                      f"{UTF8}", "नमस्ते,\n\nमैं 21 नवंबर तक कार्यालय से बाहर हूँ।\n"))
    assert r.kind == "auto_reply"


def test_a_readers_request_in_hindi_written_in_latin_letters() -> None:
    r = readers_reply("Namaste,\n\nKripya is email id par ye course wale mails bhejna band kar dijiye.\n\nDhanyavaad\n",
                      subject="Re: Crash course")
    assert kind_and_reasons(r) == ("unsubscribe", [("office@firm.example", "unsubscribe")])


def test_a_jmrp_complaint_names_its_recipient_in_its_own_header() -> None:
    raw = ("From: staff@hotmail.com\nTo: fbl@shop.example\nSubject: complaint about message from 192.0.2.7\n"
           "X-HmXmrOriginalRecipient: <jo@outlook.example>\nMIME-Version: 1.0\n"
           "Content-Type: multipart/report; report-type=feedback-report; boundary=B\n\n--B\nContent-Type: text/plain\n\n"
           "This is an email abuse report.\n--B\nContent-Type: message/feedback-report\n\nFeedback-Type: abuse\n"
           "User-Agent: Microsoft JMRP\nVersion: 1\n\n--B\nContent-Type: message/rfc822\n\nFrom: news@shop.example\n"
           "To: xxxxxxxx@outlook.example\nSubject: News\n\nHello\n--B--\n")
    assert kind_and_reasons(classify(raw.encode())) == ("complaint", [("jo@outlook.example", "complaint")])



@pytest.mark.parametrize("subject, text", [
    # an Exchange 2003 receipt in Dutch, German (the verb after "folgende(n) Empfänger") and Spanish
    ("Afgeleverd: June news", "Uw bericht\n\n  Onderwerp: June news\n\nis afgeleverd bij de volgende ontvanger(s):\n\n"
     "Ana Lima op 5-6-2003 10:15\n"),
    ("Übermittelt: June news", "Ihre Nachricht\n\n  Betreff: June news\n\nwurde an folgende(n) Empfänger übermittelt:\n\n"
     "Ana Lima am 05.06.2003 10:15\n"),
    ("Entregado: June news", "Su mensaje\n\n  Asunto: June news\n\nse ha entregado a los siguientes destinatarios:\n\n"
     "Ana Lima el 05/06/2003 10:15\n"),
])
def test_an_exchange_2003_receipt_in_more_words(subject: str, text: str) -> None:
    report = (f"From: System Administrator <postmaster@firm.example>\nTo: news@shop.example\nSubject: {subject}\n"
              "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=B\n\n--B\nContent-Type: text/plain; charset=utf-8\n\n"
              f"{text}\n--B\nContent-Type: message/rfc822\n\nFrom: Shop <news@shop.example>\n"
              "To: Ana Lima <ana@firm.example>\nSubject: June news\n\nHello\n\n--B--\n")
    assert kind_and_reasons(classify(report.encode())) == ("delivered", [("ana@firm.example", "delivered")])


def test_an_exchange_2003_report_that_says_not_delivered_to_the_following_is_no_receipt() -> None:
    report = ("From: System Administrator <postmaster@firm.example>\nTo: news@shop.example\nSubject: Undeliverable: June news\n"
              "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=B\n\n--B\nContent-Type: text/plain; charset=utf-8\n\n"
              "Your message\n\n  Subject: June news\n\ncould not be delivered to the following recipient(s):\n\n"
              "      Ana Lima on 6/5/2003 10:15 AM\n            The e-mail account does not exist.\n"
              "            <mx.firm.example #5.1.1>\n\n--B\nContent-Type: message/rfc822\n\nFrom: Shop <news@shop.example>\n"
              "To: Ana Lima <ana@firm.example>\nSubject: June news\n\nHello\n\n--B--\n")
    assert classify(report.encode()).kind == "failed"



# ---- recipients in tables, key/value summaries and name-addr lists ----------------------------------------------------
def test_a_gateways_table_names_each_failed_row() -> None:
    r = _notice("Mail Gateway <gateway@firm.example>", "Delivery status report",
                "+--------------------------+-----------+--------------------------------+\n"
                "| Recipient                | Status    | Remote response                |\n"
                "+--------------------------+-----------+--------------------------------+\n"
                "| ana@firm.example | DELIVERED | 250 2.6.0 Queued mail for delivery |\n"
                "| rui@firm.example | FAILED    | 550 5.1.1 User unknown             |\n"
                "| eva@firm.example | FAILED    | 550 5.7.1 Rejected by recipient's mail rules |\n"
                "+--------------------------+-----------+--------------------------------+\n\nContact: it@firm.example\n",
                null=True)
    # (the row delivered is reported delivered, as a DSN's "Action: delivered" is: never a failure)
    assert kind_and_reasons(r) == ("failed", [("ana@firm.example", "delivered"), ("rui@firm.example", "user_unknown"),
                                              ("eva@firm.example", "filtered")])


def test_a_key_value_report_below_its_own_sender_and_subject_lines() -> None:
    r = _notice('"Mail Server" <postmaster@school.example>', "Undeliverable message",
                "The following message could not be delivered.\n\nSender:     news@shop.example\nSubject:    Back to school\n"
                "Date:       Fri, 29 Mar 2024 14:04:51 +0000\n\nRecipient:  room12@school.example\n"
                "Result:     550 5.7.1 <room12@school.example>: Relay access denied\n\nRecipient:  pta@school.example\n"
                "Result:     550 5.7.1 <pta@school.example>: Relay access denied\n\nAdministrator: postmaster@school.example\n",
                null=True)
    assert kind_and_reasons(r) == ("failed", [("room12@school.example", "no_relaying"), ("pta@school.example", "no_relaying")])


def test_a_list_of_display_names_with_their_answers_below_them() -> None:
    r = _notice("Mailer-Daemon <mailer-daemon@firm.example>", "Mensaje no entregado",
                "No se ha podido entregar su mensaje a los siguientes destinatarios:\n\n"
                "  María José Peña <mjpena@firm.example>\n    Motivo: 550 5.1.1 El usuario no existe\n\n"
                "  Departamento de Compras <compras@firm.example>\n    Motivo: 452 4.2.2 Buzón lleno.\n\n"
                "Si necesita ayuda, escriba a soporte@firm.example.\n", null=True)
    assert kind_and_reasons(r) == ("failed", [("mjpena@firm.example", "user_unknown"), ("compras@firm.example", "mailbox_full")])


# ---- Amazon SES event publishing records ----------------------------------------------------------------------------
def _ses_event(event: str) -> bytes:
    import json
    message = json.dumps(json.loads(event) | {"mail": {"source": "news@shop.example", "destination": ["ana@firm.example"]}})
    body = json.dumps({"Type": "Notification", "Message": message})
    return mail("From: AWS Notifications <no-reply@sns.amazonaws.com>\nTo: ses@shop.example\n"
                "Subject: AWS Notification Message\nContent-Type: text/plain; charset=utf-8\n", body)


def test_an_ses_delivery_delay_event() -> None:
    event = ('{"eventType": "DeliveryDelay", "deliveryDelay": {"delayType": "MailboxFull", "delayedRecipients": '
             '[{"emailAddress": "ana@firm.example", "status": "4.2.2", "diagnosticCode": "smtp; 452 4.2.2 Mailbox full"}]}}')
    assert kind_and_reasons(classify(_ses_event(event))) == ("delayed", [("ana@firm.example", "mailbox_full")])


def test_an_ses_delivery_delay_named_only_by_its_type() -> None:
    event = ('{"eventType": "DeliveryDelay", "deliveryDelay": {"delayType": "TransientCommunicationFailure", '
             '"delayedRecipients": [{"emailAddress": "ana@firm.example"}]}}')
    assert kind_and_reasons(classify(_ses_event(event))) == ("delayed", [("ana@firm.example", "network_error")])


def test_an_ses_bounce_event_record() -> None:
    event = ('{"eventType": "Bounce", "bounce": {"bounceType": "Permanent", "bounceSubType": "General", "bouncedRecipients": '
             '[{"emailAddress": "ana@firm.example", "action": "failed", "status": "5.1.1", '
             '"diagnosticCode": "smtp; 550 5.1.1 user unknown"}]}}')
    assert kind_and_reasons(classify(_ses_event(event))) == ("failed", [("ana@firm.example", "user_unknown")])


def test_another_services_json_with_an_event_type_is_no_ses_record() -> None:
    body = '{"eventType": "Bounce", "bounce": {"bouncedRecipients": [{"emailAddress": "ana@firm.example"}]}}'
    raw = mail("From: Webhooks <alerts@app.example>\nTo: ops@shop.example\nSubject: Webhook payload\n"
               "Content-Type: text/plain; charset=utf-8\n", body)
    assert classify(raw).detector != "amazonses"


# ---- a release summary and complaints --------------------------------------------------------------------------------
def test_a_release_summary_in_fields_is_a_delivery() -> None:
    r = classify(mail("From: Email Protection <no-reply@protect.firm.example>\nTo: news@shop.example\n"
                      f"Subject: Quarantine release notification\n{UTF8}",
                      "Message release summary\n\nFrom:        news@shop.example\nTo:          ana@firm.example\n"
                      "Subject:     June news\nQuarantined: 2025-03-05 09:12 (Bulk)\nReleased by: recipient\n"
                      "Result:      Delivered to mailbox\n"))
    assert kind_and_reasons(r) == ("delivered", [("ana@firm.example", "delivered")])


def test_an_abuse_desks_spanish_report_is_a_complaint() -> None:
    r = classify(mail("From: Abuse <abuse@isp.example>\nTo: postmaster@shop.example\nSubject: Denuncia de SPAM\n"
                      f"{UTF8}",
                      "Estimado cliente:\n\nUn usuario de nuestro servicio (lucia@isp.example) reportó el siguiente mensaje "
                      "como correo no solicitado.\n\n---------- Mensaje denunciado ----------\n\n"
                      "From: Shop <news@shop.example>\nTo: <lucia@isp.example>\nSubject: Novedades\n\nHola\n"))
    assert kind_and_reasons(r) == ("complaint", [("lucia@isp.example", "complaint")])


def test_a_gateways_table_below_its_own_summary_with_status_words_in_german() -> None:
    r = _notice("Mail Gateway <mailgw@relay.firm.example>", "Zustellbericht",
                "Zustellbericht des Mail-Gateways\n\nAbsender:  news@shop.example\nBetreff:   Angebote\n"
                "Datum:     Tue, 12 Mar 2024 09:14:02 +0100\n\n"
                "| Empfänger        | Status         | Antwort des Zielservers |\n"
                "| ana@firm.example | ZUGESTELLT     | 250 2.0.0 Ok: queued    |\n"
                "| rui@firm.example | FEHLGESCHLAGEN | 550 5.1.1 User unknown  |\n", null=True)
    # (the row delivered is reported delivered, as a DSN's "Action: delivered" is: never a failure)
    assert kind_and_reasons(r) == ("failed", [("ana@firm.example", "delivered"), ("rui@firm.example", "user_unknown")])


def test_a_release_summary_whose_result_is_said_in_spanish() -> None:
    r = classify(mail("From: Seguridad de correo <cuarentena@filtro.firm.example>\nTo: news@shop.example\n"
                      f"Subject: Resumen de liberación\n{UTF8}",
                      "Resumen de liberación\n\nRemitente:     news@shop.example\nDestinatario:  ana@firm.example\n"
                      "Asunto:        Ofertas\nMotivo de la retención: posible spam\nLiberado por:  Administrador\n"
                      "Resultado:     Entregado en el buzón\n"))
    assert kind_and_reasons(r) == ("delivered", [("ana@firm.example", "delivered")])


def test_a_department_named_by_its_own_role_address_is_a_contact() -> None:
    r = _notice("Postmaster <postmaster@firm.example>", "Your message to jane@firm.example",
                "Dear Sender,\n\nJane Doyle has left the firm and her mailbox\njane@firm.example has now been closed. Your message "
                "has not been\ndelivered.\n\nGeneral enquiries: office@firm.example\nAccounts: accounts@firm.example\n")
    assert kind_and_reasons(r) == ("failed", [("jane@firm.example", "user_unknown")])
