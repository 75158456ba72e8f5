"""Replies whose code and words pull apart, and the notices of less common servers: each wording is
written for its test after what the server or its documentation says (RFC 3463 for the codes), with
the neighbour that keeps its own reading."""
from __future__ import annotations

import pytest

from filter import classify
from filter.core.classifier import decide
from filter.core.smtptext import find_status

from shapes import mail


@pytest.mark.parametrize("status, diagnostic, reason", [
    # a limit counted per sender and hour, behind Postfix's "Sender address rejected:" prefix: our rate
    ("4.7.1", "450 4.7.1 <news@send.example>: Sender address rejected: Rate limit exceeded: max 200 messages "
              "per hour from this sender, please try again later", "rate_limited"),
    # ... while a sender address refused for what it is stays a refusal of the sender
    ("5.7.1", "550 5.7.1 <news@send.example>: Sender address rejected: Access denied", "rejected"),
    # the sending host named after "Sender blocked:", on a DNS block list: the host's block
    ("5.1.1", "550 5.1.1 Sender blocked: 192.0.2.45 is listed on bl.spamcop.net", "blocked"),
    # the envelope sender named (an address) and said to be on the block list: a refusal of the sender
    ("5.0.0", "554 Delivery refused: sender address news@send.example is on our block list. Questions? "
              "Phone 1 800 550 5110", "rejected"),
    # a gateway's gloss of the status (Cisco Secure Email: RFC 3463's name of the code) before the
    # server's reply it quotes: the quoted reply decides
    ("5.1.1", "5.1.1 - Bad destination mailbox address 554-'5.7.1 Message rejected because it contains spam "
              "(score 9.8/5.0)'", "spam_detected"),
    ("5.1.0", "5.1.0 - Unknown address error 550-'5.1.1 <jo@dest.example>... User unknown'", "user_unknown"),
    ("5.1.0", "5.1.0 - Unknown address error ('550', ['5.1.1 The email account that you tried to reach does not "
              "exist.'])", "user_unknown"),
    # the size named before the verb
    (None, "Message rejected: message size 41.8 MB exceeds the gateway limit of 30 MB", "message_too_large"),
    # our IP named and "filtered" (Naver: register your IP): the sending host, no person's filter
    ("4.3.2", "421 4.3.2 Your IP(192.0.2.46) is filtered and this connection will be closed. You must register "
              "your IP to http://realip.naver.example", "blocked"),
    # the recipient's own setting, its address named before it (AOL's Mail Controls, as AOL's error page
    # lists "user not accepting mail from this sender")
    ("5.1.1", "550 5.1.1 <jo@aol.example>: IS NOT ACCEPTING MAIL FROM THIS SENDER", "filtered"),
    # ... while a host that takes no mail from our IP is a block of the host
    ("5.7.1", "550 5.7.1 mx.dest.example is not accepting mail from 192.0.2.1", "blocked"),
    # "filtered as spam": the content judged, no person's filter
    ("5.7.1", "554 5.7.1 Your message was filtered as spam by our content scanner (score 14.2)", "spam_detected"),
    # the recipient's own block list, called personal
    ("5.7.1", "550 5.7.1 <jo@dest.example>: The recipient has blocked messages from this sender (personal block list)",
     "filtered"),
    # German: the recipient blocked our address (filtered); the host on a DNS list (blocked); our address on
    # the site's list (rejected)
    ("5.7.1", "550 5.7.1 Der Empfaenger hat Nachrichten von Ihrer Absenderadresse gesperrt", "filtered"),
    ("5.7.1", "554 5.7.1 Absender blockiert: IP 192.0.2.41 ist in der Sperrliste ix.dnsbl.example eingetragen", "blocked"),
    ("5.7.1", "554 5.7.1 Die Absenderadresse <news@send.example> steht auf unserer Sperrliste", "rejected"),
    ("5.7.1", "554 5.7.1 Absender blockiert", "rejected"),
    # the size in brackets before the comparison
    (None, "Its size (41.2 MB) is larger than the 20 MB maximum accepted by the mail gateway", "message_too_large"),
    # a gateway that says why it blocked: the malware
    (None, "Your message was blocked by the email protection gateway because it contains malware. Threat: "
           "Troj/Agent-BHZK", "virus_detected"),
    (None, "Your message was blocked by the email protection gateway", "blocked"),
    # the address between "mailbox of" and "is full" (FirstClass), "for user", Italian "casella di posta di"
    (None, "The mailbox of karin@skolor.example is full. The message could not be stored.", "mailbox_full"),
    (None, "The mailbox for user k.lund@firma.example is full", "mailbox_full"),
    (None, "La casella di posta di m.rossi@ditta.example è piena", "mailbox_full"),
    # Office documents with macros (Broadcom KB 162445), attachments of a type the organisation refuses
    ("5.0.0", "552 MS-Office file containing VBA macros found inside of the email", "policy_violation"),
    ("5.7.1", "550 5.7.1 Message filtered: attachments of type .iso are not accepted by this organization",
     "policy_violation"),
    # a link's domain on a domain list (Spamhaus DBL, Abusix dblack): the content, not our host
    ("5.7.1", "550 5.7.1 Message rejected: the message contains a link to deals-hub.test, which is listed in the "
              "Spamhaus DBL (dbl.spamhaus.org)", "spam_detected"),
    ("5.0.0", "550-Rejected: message body contains a URL with the domain deals-hub.test 550 which is listed in "
              "dbl.spamhaus.org", "spam_detected"),
    ("5.7.1", "550 5.7.1 Message rejected: URL domain deals-hub.test is listed in dblack.mail.abusix.zone",
     "spam_detected"),
    ("5.7.1", "554 5.7.1 Rejected: the message contains the domain deals-hub.test, listed on invaluement ivmURI",
     "spam_detected"),
    ("5.7.1", "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org", "blocked"),
    # ... while our sending domain on the same list is a block of the sender
    ("5.7.1", "554 5.7.1 Mail administratively blocked: sending domain news.example.com listed in dbl.spamhaus.org",
     "blocked"),
    # the sending IP checked against the sender's domain (Libraesva's antispoofing), as SPF checks it
    ("5.7.1", "550 5.7.1 <a@b.test>: Recipient address rejected: Antispoofing - sending IP 192.0.2.1 is not "
              "allowed to send for this sender domain", "auth_failure"),
    # the recipient's own block, said of the person written to, or in German with "den Empfang von"
    ("5.7.1", "550 5.7.1 Delivery refused: the person you are writing to has blocked mail from your address "
              "(personal block list)", "filtered"),
    ("5.7.1", "554 5.7.1 Der Empfaenger hat den Empfang von Nachrichten Ihrer Absenderadresse blockiert", "filtered"),
    # the recipient's mailbox locked, its address named
    ("5.2.1", "550 5.2.1 Das Postfach des Empfaengers <a@b.example> ist gesperrt", "suspended"),
    # cPanel's per-domain limit of our outgoing mail
    ("5.0.0", "550 Domain mailer.example.org has exceeded the max defers and failures per hour (5/5 (100%)) allowed. "
              "Message discarded.", "rate_limited"),
    # ... and how much our host sent ("your host" names whose rate, no block of the host)
    ("4.0.0", "451-The server has reached its limit for processing requests from your host.\n451 Please try again "
              "later.", "rate_limited"),
    # a filter *setting*: the person's reception setting (the Japanese carriers' specified-domain reception),
    # the mailbox exists; a filter the domain's administrator set is no person's choice
    ("5.7.1", "550 5.7.1 <hana@carrier.example.jp>: Recipient rejected by filter setting", "filtered"),
    ("5.7.1", "550 5.7.1 Message rejected by filter settings of the domain administrator", "security_error"),
    # what does not exist is the recipient's domain, named by what it belongs to (Coremail's English line)
    (None, "Reason: the domain of the recipient does not exist", "host_unknown"),
    (None, "Recipient: jo@corp.example.cn Reason: the domain of this recipient was not found", "host_unknown"),
    ("5.1.1", "550 5.1.1 the recipient does not exist", "user_unknown"),
    # a rule on kinds of attachment is a site's policy, even where it is called the recipient's; the
    # recipient's policy alone stays the recipient's filter
    ("5.7.1", "554 5.7.1 Message blocked: attachment type .html is not permitted by the recipient's policy",
     "policy_violation"),
    ("5.7.1", "550 5.7.1 Message rejected: the message contains an attachment that is not allowed (invoice.html)",
     "policy_violation"),
    ("5.7.1", "550 5.7.1 Rejected by the recipient's policy", "filtered"),
    # an address that takes mail from inside its organisation only: its receiving policy, our address outside it
    ("5.7.1", "550 5.7.1 <jo@corp.example>: Recipient address rejected: Only internal senders may write to this "
              "address", "policy_violation"),
    # the rate is the cause, whatever IP is named beside it; the IP on a list stays a block
    ("4.7.1", "421 4.7.1 Sender IP 192.0.2.57 temporarily rejected due to excessive connection rate, please retry "
              "later", "rate_limited"),
    ("5.7.1", "550 5.7.1 Sender IP 192.0.2.57 rejected: listed at zen.spamhaus.org", "blocked"),
    # a link in the content on a list is the content; our IP on one is our host
    ("5.7.1", "550 5.7.1 Message rejected due to content: this message contains a URL that is on a blocklist",
     "spam_detected"),
    ("5.7.1", "550 5.7.1 Message rejected: your IP is on a blocklist", "blocked"),
    # the sending IP named first, then refused (Spectrum's "AUP#BL" replies): our host
    ("5.7.1", "554 5.7.1 192.0.2.57 rejected - AUP#BL1 - see https://www.spectrum.example/email-error-codes", "blocked"),
    ("5.0.0", "554 192.0.2.14 is not allowed to send mail to this domain (SRBL-03)", "blocked"),
    ("5.7.1", "550 5.7.1 192.0.2.7 is on our local deny list; contact postmaster@dest.example", "blocked"),
    ("5.7.1", "550 5.7.1 192.0.2.45 rechazado: su IP figura en nuestra lista de bloqueo", "blocked"),
    # the person's reception settings and personal filter, in other words and languages; a spam score given
    # by a "filter setting" is the content judged
    ("5.7.1", "550 5.7.1 <mika@carrier.example.jp>: Recipient address rejected: refused due to the addressee's mail "
              "reception settings", "filtered"),
    ("5.7.1", "550 5.7.1 Der Empfänger hat Ihre Absenderadresse in seinen persönlichen Filtereinstellungen gesperrt",
     "filtered"),
    ("5.7.1", "550 5.7.1 <jo@isp.example.jp>: mail refused by recipient's personal filter (sender block list)", "filtered"),
    ("5.7.1", "550 5.7.1 Rejected by filter setting: spam score 14.2 exceeds threshold 6.0", "spam_detected"),
    # attachment types refused, named in other languages and by the attachment's name
    ("5.7.1", "550 5.7.1 Anhang 'Rechnung.zip' abgelehnt: Dateityp .zip ist auf diesem Server nicht erlaubt",
     "policy_violation"),
    ("5.7.1", "550 5.7.1 Mensaje rechazado: el tipo de archivo adjunto (.rar) no está permitido", "policy_violation"),
    ("5.7.1", "550 5.7.1 Message refusé : type de pièce jointe .exe non autorisé", "policy_violation"),
    ("5.7.1", "550 5.7.1 Messaggio respinto: tipo di allegato .js non consentito", "policy_violation"),
    ("5.7.1", "550 5.7.1 Mensagem recusada: tipo de anexo .iso não permitido", "policy_violation"),
    ("5.7.1", '550 5.7.1 Attachment name "offer.docm" is forbidden by the recipient\'s mail policy', "policy_violation"),
    # the scanner down for now: the receiving system's state, not a block
    ("4.7.1", "451 4.7.1 Attachment scanning temporarily unavailable, please try again later", "system_error"),
    # an address or group for its organisation's own senders, in other languages: the organisation's receiving
    # policy, our address outside it
    ("5.7.1", "550 5.7.1 <vertrieb@firma.example>: Recipient address rejected: Nur interne Absender dürfen an diese "
              "Adresse schreiben", "policy_violation"),
    ("5.7.1", "550 5.7.1 <rh@entreprise.example>... Seuls les expéditeurs internes sont autorisés à envoyer à cette "
              "adresse", "policy_violation"),
    ("5.7.1", "554 5.7.1 <info@ente.example>: indirizzo riservato, accetta posta solo da mittenti interni",
     "policy_violation"),
    ("5.7.1", "550 5.7.1 This group accepts messages only from users within consultora.example.", "policy_violation"),
    # the connections per minute of our IP: a rate
    ("4.7.1", "450 4.7.1 Sender IP 192.0.2.23 has exceeded the maximum number of connections per minute, slow down",
     "rate_limited"),
    # a link of the content on a list, named other ways
    ("5.7.1", "550 5.7.1 Message rejected: the body contains a link to a domain listed in dbl.spamhaus.org", "spam_detected"),
    ("5.7.1", "554 5.7.1 Rejected: URL https://short.example/3xQk9 in message body is listed by ivmURI", "spam_detected"),
    ("5.7.1", "554 5.7.1 Nachricht abgelehnt: Die Nachricht enthält einen Link, der auf einer Sperrliste steht",
     "spam_detected"),
    ("5.7.1", "554 5.7.1 Message refusé : le corps contient un lien vers un domaine répertorié par dbl.spamhaus.org",
     "spam_detected"),
    ("5.7.1", "554 5.7.1 Mensaje rechazado: contiene un enlace a un dominio listado en multi.uribl.com", "spam_detected"),
    # a kind of mail an organisation refuses is its policy, never a domain that takes no mail at all
    ("5.7.1", "550 5.7.1 Message rejected by Konzern mail filtering policy: bulk marketing mail is not accepted by this "
              "organisation", "policy_violation"),
    # the IP named first, in other languages; the host that refused our connection is the network
    ("5.7.1", "554 5.7.1 L'adresse 192.0.2.45 n'est pas autorisée à envoyer du courrier vers ce serveur", "blocked"),
    ("5.7.1", "550 5.7.1 Indirizzo IP 192.0.2.45 bloccato dall'amministratore di sistema", "blocked"),
    ("5.7.1", "553 sorry, o IP 192.0.2.45 foi recusado pela politica de envio deste servidor (#5.7.1)", "blocked"),
    ("5.7.1", "550 5.7.1 Connecting host 192.0.2.45 is denied by local policy (IP deny list)", "blocked"),
    # ... in Polish, sent with a bare 553 (no word of a mailbox: never an unknown user)
    (None, "553 Adres IP 192.0.2.9 zostal zablokowany przez administratora serwera", "blocked"),
    # (a final report after such failures: the sending MTA gave up, issue 8 family 8)
    (None, "Connection timed out: SMTP timeout after initial connection host mx.dest.example [192.0.2.203] refused the "
           "connection on the previous attempt", "expired"),
    # our sending frequency, in other languages
    ("4.7.0", "421 4.7.0 Frequenza di invio troppo elevata dal vostro IP, rallentare e riprovare più tardi", "rate_limited"),
    ("4.7.0", "421 4.7.0 Fréquence d'envoi trop élevée, ralentissez", "rate_limited"),
    ("4.7.0", "421 4.7.0 Messages from 192.0.2.45 temporarily deferred; throttle your delivery rate", "rate_limited"),
    # attachments, said other ways; the scanner down for now, in Portuguese
    ("5.7.1", "550 5.7.1 Mensaje rechazado: los ficheros con extensión .js están bloqueados por la política de la empresa",
     "policy_violation"),
    (None, "550 Anhänge vom Typ .zip werden aus Sicherheitsgründen nicht angenommen", "policy_violation"),
    ("5.7.1", '554 5.7.1 Bijlage "scan.scr" geweigerd: dit bestandstype wordt niet geaccepteerd', "policy_violation"),
    ("4.7.0", "451 4.7.0 Verificação de anexos temporariamente indisponível, tente novamente mais tarde", "system_error"),
    # internal senders only, said other ways (the organisation's receiving policy)
    ("5.7.1", "550 5.7.1 Esta lista de distribución solo acepta correo de remitentes de la propia organización",
     "policy_violation"),
    ("5.7.1", "550 5.7.1 Dieser Verteiler ist nur für Mitarbeiter erreichbar; externe Absender sind nicht zugelassen",
     "policy_violation"),
    ("5.7.1", "550 5.7.1 Deze groep accepteert alleen berichten van afzenders binnen gemeente.example",
     "policy_violation"),
    ("5.7.1", "550 5.7.1 Cette adresse n'accepte que les messages provenant des membres du personnel",
     "policy_violation"),
    # the recipient's own rules and block list, in other languages; a spam score in Spanish
    ("5.7.1", "550 5.7.1 Der Empfänger hat Ihre Absenderadresse in seine persönliche Blockierliste aufgenommen",
     "filtered"),
    ("5.7.1", "554 5.7.1 Messaggio rifiutato dalle regole di filtro impostate dal destinatario", "filtered"),
    ("5.7.1", "550 5.7.1 O destinatário configurou o bloqueio do seu endereço nas preferências da conta", "filtered"),
    ("5.7.1", "554 5.7.1 Rechazado por el filtro antispam corporativo: puntuación 15.2 (umbral 7.0)", "spam_detected"),
    # ... while a score of the sender's reputation is its reputation (in Italian, and Return Path's Sender Score)
    ("5.7.1", "554 5.7.1 L'IP 192.0.2.45 ha una reputazione del mittente troppo bassa (punteggio 11/100)",
     "bad_reputation"),
    ("5.7.1", "550 5.7.1 Rejected: your IP has a poor Sender Score (42)", "bad_reputation"),
    # the IP refused in French and Japanese; too many connections in Russian; too fast in Dutch
    ("5.7.1", "550 5.7.1 L'adresse IP 192.0.2.77 est interdite sur ce serveur de messagerie", "blocked"),
    ("5.7.1", "550 5.7.1 IPアドレス 192.0.2.14 からの接続は受け付けられません", "blocked"),
    ("4.7.0", "421 4.7.0 IP-адрес 192.0.2.23: слишком много одновременных соединений, попробуйте позже", "rate_limited"),
    ("5.7.0", "550 5.7.0 U verstuurt berichten te snel naar dit domein; verlaag de verzendsnelheid", "rate_limited"),
    # attachments in German, French and Chinese; a password-protected archive that could not be scanned
    ("5.7.1", "550 5.7.1 Die Nachricht enthält eine Datei mit unzulässiger Erweiterung (.js)", "policy_violation"),
    ("5.7.0", "554 5.7.0 Message refusé : le nom de la pièce jointe « facture.pdf.scr » correspond à un type interdit",
     "policy_violation"),
    ("5.7.1", "554 5.7.1 邮件包含不允许的附件类型（.vbs），已被系统拒收", "policy_violation"),
    ("5.7.1", "554 5.7.1 Anhang angebot.zip ist ein passwortgeschütztes Archiv; Annahme gemäß Richtlinie verweigert",
     "policy_violation"),
    # kinds of mail an organisation refuses, in German, French and Italian
    ("5.7.1", "550 5.7.1 Werbe- und Massensendungen werden von unserem Unternehmen nicht angenommen", "policy_violation"),
    ("5.7.1", "550 5.7.1 Notre organisation n'accepte pas les envois publicitaires", "policy_violation"),
    (None, "550 Questo ente non accetta comunicazioni commerciali o newsletter", "policy_violation"),
    ("5.7.520", "550 5.7.520 Accès refusé, votre organisation n'autorise pas le transfert externe", "policy_violation"),
    # ... the same code Outlook.com sends for content it judged spam: the words decide
    ("5.7.520", "550 5.7.520 Message blocked because it contains content identified as spam. AS(4810)", "spam_detected"),
    # internal senders in German, Portuguese and Japanese (the organisation's receiving policy); our address blocked
    # by the administrator (Italian)
    (None, "Der Empfänger nimmt nur Nachrichten von internen Absendern an", "policy_violation"),
    ("5.7.1", "550 5.7.1 esta lista só recebe mensagens de remetentes do domínio construtora.example", "policy_violation"),
    ("5.7.1", "550 5.7.1 このグループでは組織外のユーザーからのメッセージ受信が許可されていません", "policy_violation"),
    ("5.7.1", "550 5.7.1 L'indirizzo mittente news@send.example è bloccato dall'amministratore del dominio", "rejected"),
    # a link of the text listed (German); a rule the recipient defined (French)
    ("5.7.1", "554 5.7.1 Nachricht abgewiesen: ein Verweis im Nachrichtentext (news.send.example/angebote) ist bei "
              "dbl.spamhaus.org gelistet", "spam_detected"),
    ("5.7.1", "550 5.7.1 Ce message a été refusé par une règle de filtrage définie par le destinataire", "filtered"),
])
def test_code_beside_words(status: str | None, diagnostic: str, reason: str) -> None:
    assert decide(status=status, diagnostic=diagnostic, action="failed") == reason


@pytest.mark.parametrize("diagnostic, action", [
    ("451 Temporarily deferred - planned maintenance window 2024.5.2 22:00 until 2024.5.3 04:00 UTC", "delayed"),
    ("451 Server under maintenance, try again later", "failed"),
    ("421 4.3.2 Service in scheduled maintenance, please retry", "delayed"),
    ("421 4.3.2 mx.b.example Server wegen Wartungsarbeiten voruebergehend nicht verfuegbar", "delayed"),
    ("421 4.3.2 Servidor en mantenimiento, intentelo de nuevo mas tarde", "delayed"),
    ("421 4.3.2 Serveur en maintenance, veuillez réessayer plus tard", "delayed"),
    ("451 4.3.2 Estamos realizando tareas de mantenimiento programado en el servidor", "delayed"),
])
def test_a_server_in_maintenance_is_its_own_state(diagnostic: str, action: str) -> None:
    """The receiving side in maintenance names its own state for a while: a system error, neither the
    delay's default reading nor a held message."""
    assert decide(status=None, diagnostic=diagnostic, action=action) == "system_error"


@pytest.mark.parametrize("text, status", [
    # a reference glued to its letters by a dash is a ticket's number, no status
    ("Message blocked by content filter - spam score exceeded (Ref: 4.2.2-SPM-0031)", None),
    ("550 5.1.1 user unknown", "5.1.1"),
    ("Remote server said: 5.2.2 - mailbox full", "5.2.2"),
])
def test_a_status_is_no_references_number(text: str, status: str | None) -> None:
    assert find_status(text) == status


_SYSTEM = """From: mailer-daemon@mail.bau.example
To: bounces@news.example.com
Subject: {subject}
Content-Type: text/plain; charset="utf-8"
"""


def test_hmailservers_virus_notice_wrapped_across_lines() -> None:
    """hMailServer's virus notice ("The message below contained a virus and did not / reach some or all
    of the intended recipients"), its words wrapped, the original's headers restated below."""
    report = classify(mail(_SYSTEM.format(subject="Virus found"), """The message below contained a virus and did not
reach some or all of the intended recipients.

   From: "Example News" <news@news.example.com>
   To: einkauf@bau.example
   Sent: Sat, 13 Apr 2024 02:59:19 +1000
   Subject: New features
"""))
    assert report.kind == "failed"
    assert [(r.address, r.reason) for r in report.recipients] == [("einkauf@bau.example", "virus_detected")]


def test_a_newsletter_quoting_reply_codes_is_no_report() -> None:
    """A vendor's release notes, sent as list mail (RFC 2369 List-Unsubscribe) from the vendor's own
    account (with a null return path), quote "552 5.2.2" and "550 5.1.1": a newsletter, no report."""
    head = ("Return-Path: <>\nFrom: \"MailServer Pro Team\" <news@vendor.example>\nTo: bounces@news.example.com\n"
            "Subject: Release 23.5: smarter bounce handling\nList-Unsubscribe: <https://vendor.example/u/1>\n"
            "Content-Type: text/plain; charset=utf-8\n")
    raw = mail(head, """What's new in 23.5

* Delivery Status Notifications: the "Permanent Delivery Failure" reports now include the transcript.
* Mailbox full (552 5.2.2) and user unknown (550 5.1.1) responses are now localized.
""")
    assert classify(raw).kind == "not_bounce"


def test_a_russian_notice_names_its_recipient_in_guillemets_and_its_sender_by_label() -> None:
    """«address» glued to the guillemets, and "Отправитель:" (sender) labelling our own address."""
    raw = mail(_SYSTEM.format(subject="Письмо не доставлено"),
               "Ваше письмо не было доставлено получателю «ivan.petrov@pochta.example»: почтовый ящик не существует "
               "(550 5.1.1 User unknown).\n\nОтправитель: bounces@news.example.com\nТема: Новости недели\n")
    report = classify(raw)
    assert [(r.address, r.reason) for r in report.recipients] == [("ivan.petrov@pochta.example", "user_unknown")]


def test_a_report_that_passed_through_a_list_manager_keeps_its_reading() -> None:
    """A bounce delivered to a list's bounce address through the list manager carries the list's headers
    (List-Unsubscribe, List-Post ...): it comes from the mail system that wrote it, and stays a report."""
    head = ("From: MAILER-DAEMON@mx.dest.example (Mail Delivery System)\nTo: news-bounces@lists.example.org\n"
            "Subject: Undelivered Mail Returned to Sender\nList-Post: <mailto:news@lists.example.org>\n"
            "List-Unsubscribe: <mailto:news-request@lists.example.org?subject=unsubscribe>\n"
            "Content-Type: text/plain; charset=us-ascii\n")
    raw = mail(head, "I'm sorry to have to inform you that your message could not be delivered to one or more "
                     "recipients.\n\n<jo@dest.example>: host mx.dest.example[192.0.2.9] said: 550 5.1.1 <jo@dest.example>: "
                     "Recipient address rejected: User unknown (in reply to RCPT TO command)\n")
    assert [(r.address, r.reason) for r in classify(raw).recipients] == [("jo@dest.example", "user_unknown")]
