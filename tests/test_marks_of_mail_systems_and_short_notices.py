"""The marks mail systems put on their own reports, and short notices in more languages (thirty-third session): a Sieve
reject's "Auto-Submitted: auto-replied (rejected)", Exim's and Postfix's "auto-replied" on reports that are no one's
auto-reply, Exim's delay warning by its subject and "Delay reason:" lines; "your message to x@ was held / rejected / not
delivered" in Indonesian, Malay, Swahili, Tagalog, Vietnamese, Thai and Greek, with the causes those notices give; the
recipient's own blocked list said in English; a gateway's hold of mail addressed to us; challenges, requests and a desk's
complaint in more languages.

Each case is a wording written for the rule it tests (none copied from a sample): what the words mean decides.
"""
from __future__ import annotations

import pytest

from filter import classify
from filter.core.classifier import decide
from shapes import NULL, UTF8, kind_and_reasons, mail, notice, readers_reply

ORIGINAL = ("Return-Path: <bounces@shop.example>\nFrom: Shop <news@shop.example>\nTo: {rcpt}\nSubject: June news\n"
            "Message-ID: <june-1@shop.example>\n\nHello\n")


# ---- what the words mean ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("status, diagnostic, reason", [
    # the recipient's own list of blocked senders, said in English: a person's choice, the mailbox exists
    ("5.7.1", "550 5.7.1 Sender is on the recipient's personal blocked list", "filtered"),
    (None, "550 - Sender address is in the recipient's blocked list. Mail rejected by user settings.", "filtered"),
    ("5.7.1", "550 5.7.1 Your address is on the user's deny list", "filtered"),
    # a virus scanner out of service, its service named: the receiving side's state, no virus found
    ("4.3.0", "451 4.3.0 Virus scan service temporarily unavailable", "system_error"),
    ("4.3.0", "451 4.3.0 Virus scan engine currently unavailable, try again later", "system_error"),
    # the organisation's compliance rules
    ("5.7.1", "550 5.7.1 Message rejected: compliance rule", "policy_violation"),
    (None, "Blocked by a compliance policy of the recipient's company", "policy_violation"),
    # malware found, in German, beside the sandbox that found it
    (None, "Die Nachricht enthält einen Anhang mit Schadsoftware (Sandbox-Analyse: malicious). Die E-Mail wurde nicht "
           "zugestellt und gelöscht.", "virus_detected"),
    (None, "In der E-Mail wurde Malware gefunden.", "virus_detected"),
    # Vietnamese as mail systems write it without its diacritics: a disabled account, too many letters
    ("5.2.1", "550 5.2.1 <k62.sv@uni.example>: Recipient address rejected: Tai khoan da bi vo hieu hoa", "suspended"),
    (None, "Ban gui qua nhieu thu trong thoi gian ngan, vui long thu lai sau", "rate_limited"),
    # Swahili and Tagalog: no such address, the recipient blocked us, the organisation's policy
    (None, "Sababu: anwani hii ya barua pepe haipo kwenye seva yetu.", "user_unknown"),
    (None, "Dahilan: hindi umiiral ang email address na ito.", "user_unknown"),
    (None, "Dahilan: hinarangan ng tatanggap ang iyong email address.", "filtered"),
    (None, "imekataliwa kwa sababu ya sera ya shirika linalopokea", "policy_violation"),
    # Indonesian: an attachment not allowed by the receiving institution's security rules
    (None, "Alasan: lampiran dokumen Office yang berisi makro tidak diizinkan oleh aturan keamanan instansi penerima.",
     "policy_violation"),
    # a recipient's receiving limit in Hungarian (with and without accents) and Turkish
    ("4.2.1", "450 4.2.1 A cimzett tullepte a fogadasi korlatot", "rate_limited"),
    (None, "A címzett túllépte a napi fogadási korlátot.", "rate_limited"),
    (None, "Alıcının saatlik alma sınırı aşıldı, daha sonra tekrar deneyin.", "rate_limited"),
    # Hungarian: TLS made mandatory and no encrypted connection came about
    (None, "A fogadó kiszolgáló kötelezővé teszi a TLS titkosítást, de a titkosított kapcsolat nem jött létre.",
     "failed_starttls"),
    # a Domino mail database over its size, in Japanese
    (None, "理由: 宛先のメールデータベースがサイズ上限を超えています。", "mailbox_full"),
    # held for review, in Vietnamese, Thai, Greek, Indonesian
    (None, "Thư của bạn đang bị giữ trong vùng cách ly, chờ quản trị viên xem xét.", "on_hold"),
    (None, "ข้อความของคุณถูกกักไว้และกำลังรอการตรวจสอบจากผู้ดูแลระบบ", "on_hold"),
    (None, "Το μήνυμά σας κρατείται προσωρινά μέχρι να ολοκληρωθεί ο έλεγχος.", "on_hold"),
    (None, "Pesan Anda ditahan di karantina dan menunggu persetujuan administrator.", "on_hold"),
    # the message's links on block lists: its content, never our host
    ("5.7.1", "554 5.7.1 The message was rejected because the spam confidence level (SCL) is too high. Tipp: Prüfen Sie den "
              "Inhalt Ihrer E-Mail (z. B. Links auf Blocklisten).", "spam_detected"),
    ("5.7.1", "554 5.7.1 Rejected: the message contains links on a block list", "spam_detected"),
    # refused by the receiving side's anti-spam policy, in Spanish and French
    ("5.7.1", "554 5.7.1 Mensaje rechazado por la politica antispam de Movistar", "spam_detected"),
    ("5.7.1", "554 5.7.1 Message refusé par la politique anti-spam du destinataire", "spam_detected"),
    # the recipient's own Sieve script named as what refused it, with its owner's words
    ("5.7.1", "550 5.7.1 Rejected by Sieve: Jeg ønsker ikke reklame fra denne avsenderen", "filtered"),
    # Kerio's delay: the remote host does not answer
    (None, "Reason: Remote host mx.spedition.example[192.0.2.71] is not responding", "network_error"),
    # malware in French, Spanish, Portuguese
    ("5.7.1", "554 5.7.1 Message refusé : le message contient un logiciel malveillant", "virus_detected"),
    (None, "El mensaje contiene software malicioso y fue eliminado.", "virus_detected"),
    (None, "A mensagem contém um programa malicioso.", "virus_detected"),
    # no such address, in Lithuanian, Slovenian and Azerbaijani
    (None, "Gavėjo adresas neegzistuoja šiame serveryje.", "user_unknown"),
    (None, "prejemnik: ana@podjetje.example -- naslov ne obstaja v imeniku", "user_unknown"),
    (None, "Səbəb: belə ünvan mövcud deyil.", "user_unknown"),
    # a give-up in Malay, the period of attempts named with its length
    (None, "Tempoh percubaan penghantaran selama 5 hari telah tamat dan sistem tidak akan mencuba lagi.", "expired"),
    # an organisation's rule on who may write, its senders named by their domain
    ("5.7.1", "550 5.7.1 <dc@ministry.example>: Recipient address rejected: Only government domain (gov.example) can send "
              "mail to this address", "policy_violation"),
    # Exchange Online's TLS negotiation failure, its words run together (4.4.317)
    ("4.4.317", "450 4.4.317 Cannot connect to remote server [Message=TlsNegotiationFailure: The remote certificate is "
                "invalid according to the validation procedure.]", "failed_starttls"),
])
def test_the_words_decide(status: str | None, diagnostic: str, reason: str) -> None:
    assert decide(status=status, diagnostic=diagnostic) == reason


@pytest.mark.parametrize("status, diagnostic, reason", [
    # a block list of our host beside the recipient's own list: our host is named, it decides
    ("5.7.1", "550 5.7.1 Sender is on the recipient's personal blocked list and your IP is listed on zen.spamhaus.org",
     "blocked"),
    # a virus found is a virus found, the scanner named or not
    ("5.7.1", "554 5.7.1 Virus scan found Win.Trojan.Agent in the attachment", "virus_detected"),
    # a list's own members: the sender's right, not the organisation's policy
    ("5.7.1", "550 5.7.1 Only members of this list can send to it", "rejected"),
    # a sandbox still at work, no finding: held
    (None, "Your email has been retained by the Advanced Threat Protection. Its attachments are being examined in a "
           "detonation environment.", "on_hold"),
])
def test_what_the_words_are_not(status: str | None, diagnostic: str, reason: str) -> None:
    assert decide(status=status, diagnostic=diagnostic) == reason


# ---- the marks of mail systems --------------------------------------------------------------------------------------
def _sieve_reject(text: str, auto_submitted: str = "auto-replied (rejected)") -> bytes:
    return mail(f"""{NULL}From: Mail Delivery Subsystem <MAILER-DAEMON@mail.client.example>
To: <bounces@shop.example>
Subject: Automatically rejected mail
Auto-Submitted: {auto_submitted}
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification; boundary="b1"
""", f"""--b1
Content-Type: text/plain; charset=utf-8

{text}

--b1
Content-Type: message/disposition-notification

Reporting-UA: mail.client.example; Dovecot Mail Delivery Agent
Final-Recipient: rfc822; somchai@client.example
Original-Message-ID: <june-1@shop.example>
Disposition: automatic-action/MDN-sent-automatically; deleted

--b1
Content-Type: message/rfc822

{ORIGINAL.format(rcpt="somchai@client.example")}
--b1--
""")


def test_a_sieve_reject_marked_rejected_is_a_refusal_in_any_language() -> None:
    # (Thai: "your message to <x> was rejected automatically: the recipient's e-mail filter refused it")
    report = classify(_sieve_reject("ข้อความของคุณถึง <somchai@client.example> ถูกปฏิเสธโดยอัตโนมัติ: "
                                    "ข้อความของคุณถูกปฏิเสธโดยตัวกรองอีเมลของผู้รับ"))
    assert kind_and_reasons(report) == ("failed", [("somchai@client.example", "filtered")])


def test_an_automatic_deletion_without_the_mark_and_without_a_refusal_is_no_failure() -> None:
    # (a mailbox rule's read receipt: "deleted without being read", RFC 8098; no "(rejected)" mark)
    report = classify(_sieve_reject("Your message was deleted without being read.", auto_submitted="auto-replied"))
    assert report.kind != "failed"


def _exim_warning(body: str, subject: str = "Warning: message 1tX0aB-000Q2c-1k delayed 8 hours") -> bytes:
    return mail(f"""From: Mail Delivery System <Mailer-Daemon@gw1.client.example>
To: bounces@shop.example
Subject: {subject}
Auto-Submitted: auto-replied
""", body)


def test_exims_delay_warning_rewritten_in_malay_is_a_delay_not_an_auto_reply() -> None:
    body = ("Mesej ini dijana secara automatik oleh sistem emel.\n"
            "Emel yang anda hantar belum dapat disampaikan kepada penerima berikut\n"
            "selepas lebih 8 jam berada dalam barisan gilir di gw1.client.example.\n\n"
            "Alamat yang belum menerima mesej:\n  aduan@client.example\n"
            "    Delay reason: Connection refused: exch-int.client.example [10.8.1.20]\n\n"
            "Sistem akan terus mencuba untuk menghantar mesej ini.\n")
    report = classify(_exim_warning(body, "Amaran: mesej tertangguh 8 jam / Warning: message delayed 8 hours"))
    assert kind_and_reasons(report) == ("delayed", [("aduan@client.example", "network_error")])


def test_mdaemons_temporary_delivery_failure_is_a_delay() -> None:
    body = ("The attached message has encountered temporary delivery problems!\n\nThis is NOT a fatal error.  The message is "
            "still in the queue and the\nserver will attempt to deliver it again. Please do not resend.\n\n"
            "--- Session Transcript ---\n Tue 2012-01-10 14:00:01: Attempting SMTP connection to [198.51.100.77:25]\n"
            " Tue 2012-01-10 14:00:31: *  Connection timed out (10060)\n Tue 2012-01-10 14:00:31: Unable to connect to remote "
            "host!\n--- End Transcript ---\n")
    report = classify(mail("From: MDaemon@mail.shop.example\nTo: bounces@shop.example\n"
                           "Subject: Warning: Temporary Delivery Failure\nMIME-Version: 1.0\n"
                           "Content-Type: multipart/mixed; boundary=\"m\"",
                           f"--m\nContent-Type: text/plain\n\n{body}\n--m\nContent-Type: text/rfc822-headers\n\n"
                           + ORIGINAL.format(rcpt="sales@dealer.example").split("\n\n")[0] + "\n\n--m--\n"))
    assert kind_and_reasons(report) == ("delayed", [("sales@dealer.example", "network_error")])


def test_exchange_onlines_delay_gives_the_receiving_servers_reply_of_its_last_error() -> None:
    text = ("Delivery is delayed to these recipients or groups:\n\nchiara@studio.example\n\nThis message hasn't been "
            "delivered yet. Delivery will continue to be attempted.\n\nDiagnostic information for administrators:\n\n"
            "Generating server: DB9PR04MB8410.eurprd04.prod.outlook.com\n\nchiara@studio.example\nRemote server returned "
            "'400 4.4.7 Message delayed'\nLastError: 451 4.4.0 Primary target IP address responded with: \"452 4.2.2 "
            "<chiara@studio.example>: Mailbox quota exceeded.\" Attempted failover to alternate host, but that did not "
            "succeed.\n")
    report = classify(mail("From: Microsoft Outlook <MAILER-DAEMON@shop.onmicrosoft.example>\nTo: bounces@shop.example\n"
                           "Subject: Delivery delayed:June news\nMIME-Version: 1.0\n"
                           "Content-Type: multipart/report; report-type=delivery-status; boundary=\"d\"",
                           f"--d\nContent-Type: text/plain\n\n{text}\n--d\nContent-Type: message/delivery-status\n\n"
                           "Reporting-MTA: dns;DB9PR04MB8410.eurprd04.prod.outlook.com\n\n"
                           "Final-Recipient: rfc822;chiara@studio.example\nAction: delayed\nStatus: 4.4.7\n"
                           "Diagnostic-Code: smtp;400 4.4.7 Message delayed\n\n--d--\n"))
    (rcpt,) = report.recipients
    assert (report.kind, rcpt.reason, rcpt.status) == ("delayed", "mailbox_full", "4.2.2")


def test_a_person_s_vacation_reply_marked_auto_replied_stays_an_auto_reply() -> None:
    # (the mark on a person's own answer: no mail system's account, no report)
    report = classify(mail(f"{NULL}From: Siti <siti@client.example>\nTo: bounces@shop.example\nSubject: Cuti\n"
                           f"Auto-Submitted: auto-replied\n{UTF8}",
                           "Saya sedang bercuti sehingga 20 Jun. Emel anda akan dibaca selepas saya kembali.\n"))
    assert report.kind == "auto_reply"


# ---- short notices in more languages ---------------------------------------------------------------------------------
@pytest.mark.parametrize("sender, subject, body, address, reason", [
    ("Mail Gateway <postmaster@pemda.example>", "Pesan ditolak: June news",
     "Pesan Anda ke rudi@pemda.example ditolak oleh gateway.\nAlasan: lampiran dokumen Office yang berisi makro tidak "
     "diizinkan oleh aturan keamanan instansi penerima.\n", "rudi@pemda.example", "policy_violation"),
    ("Msimamizi wa Barua <postmaster@kampuni.example>", "Barua haikufika: June news",
     "Barua yako haikuweza kufikishwa kwa juma@kampuni.example.\nSababu: anwani hii ya barua pepe haipo kwenye seva yetu.\n",
     "juma@kampuni.example", "user_unknown"),
    ("Mail Delivery System <mailer-daemon@kumpanya.example>", "Hindi naihatid: June news",
     "Hindi naihatid ang mensahe kay jose@kumpanya.example.\nDahilan: puno na ang mailbox ng tatanggap.\n",
     "jose@kumpanya.example", "mailbox_full"),
    ("Sistem Penghantaran Mel <postmaster@syarikat.example>", "Penghantaran mel gagal secara kekal",
     "Mesej anda kepada hafiz@syarikat.example tidak dapat dihantar.\nSistem telah cuba menghantar mesej ini selama 4 hari. "
     "Tempoh percubaan telah tamat\ndan kami tidak akan terus mencuba lagi.\nSebab terakhir: 421 4.4.2 sambungan terputus "
     "(connection dropped)\n",
     "hafiz@syarikat.example", "expired"),
    ("Hệ thống thư <postmaster@nganhang.example>", "Thư đang bị giữ: June news",
     "Thư của bạn gửi tới hoa@nganhang.example đang bị giữ trong vùng cách ly, chờ quản trị viên\nxem xét trước khi "
     "chuyển tới người nhận.\n", "hoa@nganhang.example", "on_hold"),
    ("Email Security <noreply@security.etaireia.example>", "Το μήνυμα κρατείται: June news",
     "Το μήνυμά σας προς giorgos@etaireia.example κρατείται προσωρινά, ενώ τα συνημμένα του\nαναλύονται σε απομονωμένο "
     "περιβάλλον (sandbox).\n", "giorgos@etaireia.example", "on_hold"),
])
def test_a_short_notice_of_our_message_to_a_named_recipient(sender: str, subject: str, body: str, address: str,
                                                           reason: str) -> None:
    report = notice(sender, subject, body)
    assert report.kind in ("failed", "delayed")
    assert [(x.address, x.reason) for x in report.recipients] == [(address, reason)]


def test_a_notice_in_words_no_table_holds_that_returns_our_message_reports_its_one_recipient() -> None:
    # (Zulu: "your message to thandi@ has not been delivered yet. Reason: the mailbox is full for now (452 4.2.2)"; the
    # address joined to its prefix, "ku-")
    body = ("Umlayezo wakho oya ku-thandi@mail.za.example awukalethwa okwamanje.\n"
            "Isizathu: ibhokisi leposi ligcwele okwesikhashana (452 4.2.2).\n\n--- Original message headers ---\n"
            + ORIGINAL.format(rcpt="<thandi@mail.za.example>"))
    report = classify(mail(f"From: Mail Delivery System <MAILER-DAEMON@mail.za.example>\nTo: bounces@shop.example\n"
                           f"Subject: Ukulethwa komlayezo kubambezelekile\n{UTF8}", body))
    assert kind_and_reasons(report)[1] == [("thandi@mail.za.example", "mailbox_full")]


def _returned_by_mailer_daemon(text: str, subject: str) -> bytes:
    return mail("From: Posstelsel <MAILER-DAEMON@mail.maatskappy.example>\nTo: bounces@shop.example\n"
                f"Subject: {subject}\nAuto-Submitted: auto-replied\nMIME-Version: 1.0\n"
                "Content-Type: multipart/mixed; boundary=\"a\"",
                f"--a\nContent-Type: text/plain; charset=utf-8\n\n{text}\n\n--a\nContent-Type: text/rfc822-headers\n\n"
                + ORIGINAL.format(rcpt="<pieter@maatskappy.example>").split("\n\n")[0] + "\n\n--a--\n")


def test_mailer_daemons_notice_in_unknown_words_that_names_no_one_reports_the_returned_messages_recipient() -> None:
    # (Afrikaans: "your message could not be delivered. The address does not exist on this server (550 5.1.1)"; only the
    # returned headers name whom it was for, the server's code says it failed)
    report = classify(_returned_by_mailer_daemon("U boodskap kon nie afgelewer word nie.\nDie adres bestaan nie op hierdie "
                                                 "bediener nie (550 5.1.1).", "Boodskap nie afgelewer nie"))
    assert report.kind == "failed"
    assert [(x.address, x.status) for x in report.recipients] == [("pieter@maatskappy.example", "5.1.1")]


def test_mailer_daemons_notice_in_unknown_words_without_a_code_is_no_failure() -> None:
    # (Estonian: "your letter was delivered to the addressee's mailbox": without a server's code, words no table holds may
    # as well say it arrived)
    report = classify(_returned_by_mailer_daemon("Teie kiri on edukalt adressaadi postkasti toimetatud.",
                                                 "Teade: kiri kohale toimetatud"))
    assert report.kind not in ("failed", "delayed")


def test_a_persons_letter_in_unknown_words_that_returns_our_message_is_no_report() -> None:
    # (a person forwards our newsletter back with a line of their own: no mail system's account)
    body = "Ngiyabonga, ngizoyifunda kusasa.\n\n--- Original message headers ---\n" + ORIGINAL.format(rcpt="<sipho@za.example>")
    report = classify(mail(f"From: Sipho <sipho@za.example>\nTo: bounces@shop.example\nSubject: Re: June news\n{UTF8}", body))
    assert report.kind not in ("failed", "delayed")


def test_a_gateways_quarantine_notice_of_mail_to_our_bounce_address_is_no_report() -> None:
    body = ("Eine Nachricht an bounces@shop.example wurde in Quarantäne gestellt.\n\nAbsender:  info@lieferant.example\n"
            "Betreff:   Rechnung 4471\n")
    report = classify(mail(f"From: Mailfilter <quarantaene@gateway.shop.example>\nTo: bounces@shop.example\n"
                           f"Subject: Quarantäne-Benachrichtigung\n{UTF8}", body))
    assert report.kind == "not_bounce"


def test_a_notice_in_unknown_words_that_names_someone_else_is_no_report() -> None:
    # (the one address the words name is not the returned message's recipient: nothing says who failed)
    body = ("Umlayezo wakho uthunyelwe ku-sipho@mail.za.example.\n\n--- Original message headers ---\n"
            + ORIGINAL.format(rcpt="<thandi@mail.za.example>"))
    report = classify(mail(f"From: Mail Delivery System <MAILER-DAEMON@mail.za.example>\nTo: bounces@shop.example\n"
                           f"Subject: Umlayezo\n{UTF8}", body))
    assert report.kind == "not_bounce"


def test_a_letter_that_says_a_parcel_was_not_delivered_in_swahili_is_no_report() -> None:
    # (a person's letter: no mail system, no SMTP reply)
    report = readers_reply("Habari, kifurushi changu hakijafika bado. Barua yako ya jana nimeipata, asante.\n",
                           "Amina <amina@client.example>", "Kifurushi")
    assert report.kind == "not_bounce"


def test_a_gateways_hold_of_mail_addressed_to_us_is_no_report() -> None:
    body = ("A message sent to bounces@shop.example is on hold pending administrator review.\n\n"
            "  From:    unknown-sender@random.example\n  To:      bounces@shop.example\n"
            "  Subject: Undeliverable: invoice 4471\n  Reason:  Attachment policy - macros\n\n"
            "Your administrator will release or reject it.\n")
    report = classify(mail("From: Mimecast <postmaster@mimecast.shop.example>\nTo: bounces@shop.example\n"
                           f"Subject: Message on hold: pending review\n{UTF8}", body))
    assert report.kind == "not_bounce"


def test_a_gateways_hold_of_our_mail_to_a_recipient_is_still_a_report() -> None:
    body = ("A message sent to buyer@client.example is on hold pending administrator review.\n\n"
            "  From:    news@shop.example\n  To:      buyer@client.example\n  Subject: June news\n")
    report = classify(mail("From: Mimecast <postmaster@mimecast.client.example>\nTo: bounces@shop.example\n"
                           f"Subject: Message on hold: pending review\n{UTF8}", body))
    assert kind_and_reasons(report)[1] == [("buyer@client.example", "on_hold")]


# ---- challenges, requests and complaints ------------------------------------------------------------------------------
def test_a_vietnamese_challenge_names_whom_it_protects() -> None:
    body = ("Xin chào,\n\nBạn vừa gửi thư tới quang@cty.example. Để bảo vệ hộp thư khỏi thư rác, người nhận chỉ chấp\n"
            "nhận thư từ những người gửi đã xác minh. Vui lòng nhấn vào liên kết dưới đây để\nchứng minh bạn là người "
            "thật; thư của bạn sẽ được giữ lại cho đến khi xác minh:\n\nhttps://antispam.cty.example/verify?id=8f3a91\n")
    report = classify(mail(f"From: Hệ thống chống thư rác <verify@antispam.cty.example>\nTo: news@shop.example\n"
                           f"Subject: Vui lòng xác nhận địa chỉ email của bạn\nAuto-Submitted: auto-replied\n{UTF8}", body))
    assert kind_and_reasons(report) == ("challenge", [("quang@cty.example", "challenge")])


def test_a_tagalog_request_to_be_taken_off_the_list() -> None:
    body = ("Magandang araw po,\n\nPakitanggal na po ang email ko sa inyong listahan. Hindi ko na po gustong\n"
            "makatanggap ng mga newsletter ninyo. Salamat po.\n\nRosa\n")
    report = readers_reply(body, "Rosa Cruz <rosa@pinoy.example>", "Re: June news")
    assert kind_and_reasons(report) == ("unsubscribe", [("rosa@pinoy.example", "unsubscribe")])


def test_an_indonesian_desk_complaint_that_names_no_complainant() -> None:
    body = ("Kepada tim abuse shop.example,\n\nKami menerima pengaduan dari pelanggan kami mengenai email massal tanpa izin "
            "yang\ndikirim dari alamat IP 192.0.2.23 (Return-Path bounces@shop.example).\nPelanggan menyatakan tidak pernah "
            "berlangganan. Mohon hentikan pengiriman.\n")
    report = classify(mail(f"From: Tim Abuse <abuse@isp.example>\nTo: abuse@shop.example\n"
                           f"Subject: Laporan penyalahgunaan: spam dari 192.0.2.23\n{UTF8}", body))
    assert report.kind == "complaint"
    assert [x.address for x in report.recipients] in ([None], [])
