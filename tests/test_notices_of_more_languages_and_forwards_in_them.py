"""Short notices of mail systems in more languages, and the forwards and replies around them (thirty-fifth session): "your
message to x@ was held / not delivered" in Hebrew, Lithuanian, Latvian, Estonian, Serbian, Macedonian, Slovenian, Albanian,
Persian and Tagalog, the causes they give; challenges in Greek, Thai and Indonesian; desks' complaints in Spanish and
Indonesian; readers' requests in Afrikaans; a colleague's forward with its block in Indonesian, a stranger's report of the
stranger's own mail; a recipient's *spam* filter in German; a data-loss-prevention rule that "blocked" our message; Exchange's
default text of a mail flow rule.

Each case is a wording written for the rule it tests (none copied from a sample): what the words mean decides.
"""
from __future__ import annotations

import pytest

from filter import classify
from filter.core.classifier import decide
from shapes import UTF8, kind_and_reasons, mail


# ---- what the words mean ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("status, diagnostic, reason", [
    # no such mailbox in Tagalog and Estonian
    (None, "Dahilan: walang ganitong mailbox sa server na ito.", "user_unknown"),
    (None, "Põhjus: sellist postkasti ei ole olemas.", "user_unknown"),
    ("5.1.1", "550 5.1.1 Sellist kasutajat ei ole", "user_unknown"),
    # a disabled account in Albanian, under a code that says only "blocked"
    (None, "Arsyeja: llogaria e marrësit është çaktivizuar nga administratori.", "suspended"),
    # the recipient chose to receive nothing from us, in Latvian and Persian
    (None, "Adresāts ir izvēlējies nesaņemt vēstules no šī sūtītāja.", "filtered"),
    (None, "علت: گیرنده ترجیح داده است پیامی از این فرستنده دریافت نکند.", "filtered"),
    # the recipient's daily receiving limit in Slovenian; a silent server in Serbian (Cyrillic and Latin)
    (None, "Vzrok: prejemnik je presegel dnevno omejitev prejetih sporočil.", "rate_limited"),
    (None, "Разлог: сервер примаоца не одговара.", "network_error"),
    (None, "Razlog: server primaoca ne odgovara.", "network_error"),
    # the sending system gave up after the longest delivery time, in Thai
    (None, "ระบบพยายามส่งซ้ำหลายครั้ง เกินระยะเวลาการส่งสูงสุด ระบบจึงหยุดส่งซ้ำ", "expired"),
    # held, in Indonesian, Malay, Hebrew, Lithuanian, Latvian, Estonian, Macedonian, Slovenian, Persian
    (None, "Pesan ini ditahan oleh gateway keamanan.", "on_hold"),
    (None, "Mesej telah ditahan untuk semakan pentadbir.", "on_hold"),
    (None, "ההודעה הוחזקה בהסגר.", "on_hold"),
    (None, "Laiškas buvo sulaikytas.", "on_hold"),
    (None, "Vēstule tika aizturēta.", "on_hold"),
    (None, "Kiri on kinni peetud.", "on_hold"),
    (None, "Пораката е задржана.", "on_hold"),
    (None, "Sporočilo je bilo zadržano.", "on_hold"),
    (None, "پیام در قرنطینه نگه داشته شد.", "on_hold"),
    # the organisation's e-mail policy in Malay and Indonesian
    (None, "Mesej tidak dihantar kerana melanggar dasar e-mel organisasi.", "policy_violation"),
    (None, "Pesan diblokir karena melanggar kebijakan email perusahaan.", "policy_violation"),
    # a recipient's spam filter judges the content: spam; a recipient's own filter rule is the recipient's refusal
    (None, "Ihre E-Mail wurde vom Spamfilter des Empfängers als Spam eingestuft.", "spam_detected"),
    (None, "Ihre E-Mail wurde durch eine Filterregel des Empfängers abgewiesen.", "filtered"),
    # a data-loss-prevention rule "blocked" our message: a policy, not a block of our host
    (None, "The message you sent was blocked by a Data Loss Prevention policy of the recipient's organization.",
     "policy_violation"),
    # ... while a block list that blocked it is a block of our host
    (None, "The message was blocked by Spamhaus ZEN: the sending IP is listed.", "blocked"),
    # Exchange's mail flow rule without words of its own (RejectMessageReasonText's default)
    ("5.7.1", "550 5.7.1 Delivery not authorized, message refused", "policy_violation"),
])
def test_the_words_decide(status: str | None, diagnostic: str, reason: str) -> None:
    assert decide(status=status, diagnostic=diagnostic) == reason


# ---- short notices ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sender, body, address, reason", [
    # Hebrew: "your message to x@ was held in quarantine by the organisation's mail security system"
    ("אבטחת דואר <quarantine@firma.example>", "ההודעה שלך אל dana@firma.example הוחזקה בהסגר על ידי מערכת אבטחת הדואר.\n",
     "dana@firma.example", "on_hold"),
    # Lithuanian: "your letter to the recipient x@ was held and awaits the administrator's review"
    ("Pašto apsauga <apsauga@imone.example>", "Jūsų laiškas gavėjui rasa@imone.example buvo sulaikytas ir laukia "
     "administratoriaus peržiūros.\n", "rasa@imone.example", "on_hold"),
    # Latvian: "your letter to the addressee x@ was not delivered; the addressee chose not to receive letters from you"
    ("Pasta sistēma <postmaster@firma.example>", "Jūsu vēstule adresātam janis@firma.example netika piegādāta.\nAdresāts ir "
     "izvēlējies nesaņemt vēstules no Jūsu adreses.\n", "janis@firma.example", "filtered"),
    # Estonian: "your letter to the address x@ could not be delivered; reason: no such mailbox exists"
    ("Postisüsteem <postmaster@firma.example>", "Teie kirja aadressile kati@firma.example ei saanud kohale toimetada.\n"
     "Põhjus: sellist postkasti ei ole olemas.\n", "kati@firma.example", "user_unknown"),
    # Serbian (Cyrillic): "your message to x@ was not delivered; reason: the recipient's server does not answer"
    ("Систем поште <postmaster@firma.example>", "Ваша порука за marko@firma.example није испоручена.\nРазлог: сервер примаоца "
     "не одговара.\n", "marko@firma.example", "network_error"),
    # Macedonian: "your message to x@ is held and awaits the administrator's approval"
    ("Заштита на пошта <zastita@firma.example>", "Вашата порака до ana@firma.example е задржана и чека одобрение.\n",
     "ana@firma.example", "on_hold"),
    # Slovenian: "your message to x@ was refused; cause: the recipient exceeded the daily limit"
    ("Poštni sistem <postmaster@firma.example>", "Vaše sporočilo za luka@firma.example je bilo zavrnjeno.\nVzrok: prejemnik "
     "je presegel dnevno omejitev prejetih sporočil.\n", "luka@firma.example", "rate_limited"),
    # Albanian: "your message to x@ was blocked; reason: the recipient's account has been disabled"
    ("Sistemi i Postës <postmaster@firma.example>", "Mesazhi juaj për besa@firma.example u bllokua.\nArsyeja: llogaria e "
     "marrësit është çaktivizuar.\n", "besa@firma.example", "suspended"),
    # Persian: "your message to x@ was not delivered; cause: the recipient preferred to receive no message from you"
    ("سامانه پست <postmaster@firma.example>", "پیام شما به sara@firma.example تحویل داده نشد.\nعلت: گیرنده ترجیح داده است "
     "پیامی از شما دریافت نکند.\n", "sara@firma.example", "filtered"),
    # Tagalog: "your message to x@ was not delivered; reason: no such mailbox"
    ("Mail System <postmaster@kumpanya.example>", "Ang iyong mensahe para kay juan@kumpanya.example ay hindi naihatid.\n"
     "Dahilan: walang ganitong mailbox.\n", "juan@kumpanya.example", "user_unknown"),
])
def test_short_notices_in_more_languages(sender: str, body: str, address: str, reason: str) -> None:
    report = classify(mail(f"From: {sender}\nTo: bounces@shop.example\nSubject: Notice\n{UTF8}", body))
    assert kind_and_reasons(report) == ("failed", [(address, reason)])


def test_a_malay_notice_whose_sender_field_names_us_is_read_for_its_recipient() -> None:
    # ("Daripada:", the held message's sender, is ours: never its recipient)
    body = ("Mesej anda kepada aina@syarikat.example telah ditahan untuk semakan pentadbir.\n\nTajuk: June news\n"
            "Daripada: news@shop.example\n")
    report = classify(mail(f"From: Sistem Perlindungan E-mel <mailguard@syarikat.example>\nTo: bounces@shop.example\n"
                           f"Subject: Makluman: mesej ditahan\n{UTF8}", body))
    assert kind_and_reasons(report) == ("failed", [("aina@syarikat.example", "on_hold")])


def test_a_hebrew_notice_of_mail_held_on_its_way_to_us_is_no_report() -> None:
    body = "ההודעה שלך אל bounces@shop.example הוחזקה בהסגר.\n"
    report = classify(mail(f"From: אבטחת דואר <quarantine@firma.example>\nTo: bounces@shop.example\nSubject: Notice\n{UTF8}",
                           body))
    assert report.kind != "failed"


# ---- challenges, complaints, requests ---------------------------------------------------------------------------------
@pytest.mark.parametrize("sender, subject, body, protected", [
    # Indonesian: "you sent an e-mail to x@; this mailbox takes only messages from senders who have been verified; to prove
    # you are human, click"
    ("Budi <budi@toko.example>", "Verifikasi pengirim",
     "Halo,\n\nAnda mengirim email ke budi@toko.example. Kotak surat ini hanya menerima pesan dari pengirim yang telah "
     "diverifikasi.\nUntuk membuktikan bahwa Anda manusia, klik tautan berikut:\nhttps://verifikasi.toko.example/k?id=91\n",
     "budi@toko.example"),
    # Greek: "the mailbox x@ takes only messages from verified senders; confirm you are a real person"
    ("Νίκος <nikos@grafeio.example>", "Επιβεβαίωση αποστολέα",
     "Το γραμματοκιβώτιο nikos@grafeio.example δέχεται μόνο μηνύματα από επαληθευμένους αποστολείς.\nΓια να παραδοθεί το "
     "μήνυμά σας, επιβεβαιώστε ότι είστε πραγματικό πρόσωπο:\nhttps://verify.grafeio.example/c/1\n", "nikos@grafeio.example"),
    # Thai: "your message sent to x@ awaits the sender's confirmation; this system takes only mail from confirmed senders"
    ("Somchai <somchai@bangkok.example>", "กรุณายืนยันตัวตนผู้ส่ง",
     "ข้อความของคุณที่ส่งถึง somchai@bangkok.example รอการยืนยันผู้ส่ง\nระบบนี้รับเฉพาะอีเมลจากผู้ส่งที่ได้รับการยืนยันแล้ว "
     "กรุณายืนยันว่าคุณเป็นบุคคลจริง\nhttps://confirm.bangkok.example/?t=7\n", "somchai@bangkok.example"),
])
def test_challenges_in_indonesian_greek_thai(sender: str, subject: str, body: str, protected: str) -> None:
    report = classify(mail(f"From: {sender}\nTo: bounces@shop.example\nSubject: {subject}\n{UTF8}", body))
    assert kind_and_reasons(report) == ("challenge", [(protected, "challenge")])


def test_a_swahili_challenge_names_the_person_it_protects() -> None:
    body = ("Habari,\n\nUjumbe wako kwa amina@kampuni.example umezuiliwa kwa muda. Your message is being held. Please reply to this email or click the "
            "link to confirm you are a person:\nhttps://thibitisha.kampuni.example/v?id=KX7\n")
    report = classify(mail(f"From: Kinga ya Spam <challenge@kampuni.example>\nTo: bounces@shop.example\n"
                           f"Subject: Thibitisha barua pepe yako / Please confirm your message\n{UTF8}", body))
    assert kind_and_reasons(report) == ("challenge", [("amina@kampuni.example", "challenge")])


@pytest.mark.parametrize("body, complainant", [
    # Spanish: "a complaint from one of our subscribers (x@), who reported the message as spam"
    ("Hemos recibido una queja de uno de nuestros suscriptores (lucia@isp.example) que reportó como SPAM el siguiente "
     "mensaje.\n", "lucia@isp.example"),
    # Indonesian: "we received a complaint from one of our customers about unsolicited mail (spam)"
    ("Kami menerima keluhan dari salah satu pelanggan kami mengenai email yang tidak diminta (spam).\n\nAlamat pelanggan : "
     "dewi@isp.example\n", "dewi@isp.example"),
])
def test_desk_complaints_in_spanish_and_indonesian(body: str, complainant: str) -> None:
    report = classify(mail(f"From: Abuse Desk <abuse@isp.example>\nTo: abuse@shop.example\nSubject: Spam [#2291]\n{UTF8}",
                           body))
    assert kind_and_reasons(report) == ("complaint", [(complainant, "complaint")])


@pytest.mark.parametrize("body", [
    "Goeie môre,\n\nVerwyder my asseblief van julle poslys.\n\nDankie\n",
    "Ek wil nie meer hierdie e-posse ontvang nie.\n",
])
def test_a_readers_request_in_afrikaans(body: str) -> None:
    report = classify(mail(f"From: Pieter <pieter@isp.example>\nTo: news@shop.example\nSubject: Re: June news\n{UTF8}", body))
    assert kind_and_reasons(report) == ("unsubscribe", [("pieter@isp.example", "unsubscribe")])


def test_an_afrikaans_reader_who_wants_the_mailing_is_no_request() -> None:
    body = "Goeie môre,\n\nDankie vir die nuusbrief, ek lees dit graag.\n"
    report = classify(mail(f"From: Pieter <pieter@isp.example>\nTo: news@shop.example\nSubject: Re: June news\n{UTF8}", body))
    assert report.kind != "unsubscribe"


# ---- forwards ---------------------------------------------------------------------------------------------------------
_GMAIL_ID = ("** Alamat tidak ditemukan **\n\nPesan Anda tidak terkirim ke rina@mail.example karena alamat tidak ditemukan, "
             "atau tidak dapat menerima email.\n\nResponsnya adalah:\n\n550 5.1.1 The email account that you tried to reach "
             "does not exist.\n")


def test_a_colleagues_forward_with_its_block_in_indonesian() -> None:
    body = ("Tolong dicek, alamat ini sepertinya sudah tidak aktif.\n\n---------- Pesan terusan ---------\n"
            "Dari: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nTanggal: Kam, 6 Mar 2025\n"
            "Subjek: Delivery Status Notification (Failure)\nKepada: <sales@shop.example>\n\n" + _GMAIL_ID)
    report = classify(mail(f"From: Sari <sari@shop.example>\nTo: bounces@shop.example\n"
                           f"Subject: Fwd: Delivery Status Notification (Failure)\n{UTF8}", body))
    assert kind_and_reasons(report) == ("failed", [("rina@mail.example", "user_unknown")])


def test_a_strangers_forward_of_the_report_on_her_own_mail_names_no_recipient_of_ours() -> None:
    # (the report was sent to her: her address in its "Kepada:" line is never a recipient, nor the third party's)
    body = ("Halo admin, kenapa email saya ke teman saya selalu gagal?\n\n---------- Pesan terusan ---------\n"
            "Dari: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nSubjek: Delivery Status Notification (Failure)\n"
            "Kepada: <yanti@gmail.com>\n\n" + _GMAIL_ID.replace("rina@mail.example", "teman@yahoo.example"))
    report = classify(mail(f"From: Yanti <yanti@gmail.com>\nTo: bounces@shop.example\n"
                           f"Subject: Fwd: Delivery Status Notification (Failure)\n{UTF8}", body))
    assert report.kind != "failed"
    assert all(x.address != "yanti@gmail.com" for x in report.recipients)


# ---- the second round -------------------------------------------------------------------------------------------------
def test_a_notice_whose_cause_stands_in_a_paragraph_of_its_own() -> None:
    # (Thai: "your message to x@ could not be sent" / "the system retried for 5 days, past the longest delivery time, and
    # stopped retrying"): nothing beside the address, the notice's own words decide
    body = ("ไม่สามารถส่งข้อความของคุณถึง wichai@bangkok.example\n\nระบบได้พยายามส่งข้อความนี้ซ้ำเป็นเวลา 5 วันแล้ว แต่ไม่สำเร็จ "
            "เกินระยะเวลาการส่งสูงสุด ระบบจึงหยุดส่งซ้ำแล้ว\n")
    report = classify(mail(f"From: Mail Delivery System <MAILER-DAEMON@mail.hosting.example>\nTo: bounces@shop.example\n"
                           f"Subject: ส่งข้อความไม่สำเร็จ\n{UTF8}", body))
    assert kind_and_reasons(report) == ("failed", [("wichai@bangkok.example", "expired")])


def test_a_notice_whose_other_paragraph_names_no_cause_stays_unread() -> None:
    body = "Your message could not be delivered to sam@hotel.example\n\nPlease contact your administrator.\n"
    report = classify(mail(f"From: Mail Delivery System <MAILER-DAEMON@mx.hotel.example>\nTo: bounces@shop.example\n"
                           f"Subject: Undeliverable\n{UTF8}", body))
    assert report.kind == "failed"
    assert [(x.address, x.class_) for x in report.recipients] == [("sam@hotel.example", "undetermined")]


def test_an_estonian_notice_names_its_recipient_in_its_sentence() -> None:
    # (the envelope's VERP names another address of the same organisation: the notice's sentence says whose mail failed)
    body = ("Teie kirja aadressile priit@firma.example ei saanud edastada.\n\nServeri vastus: 530 5.7.0 Must issue a STARTTLS "
            "command first\n")
    report = classify(mail("Return-Path: <>\nFrom: Mail Delivery System <MAILER-DAEMON@mx.firma.example>\n"
                           f"To: bounces+mari=firma.example@shop.example\nSubject: Notice\n{UTF8}", body))
    assert kind_and_reasons(report) == ("failed", [("priit@firma.example", "failed_starttls")])


def test_dovecots_lock_time_out_is_the_stores_however_coded() -> None:
    assert decide(status="4.2.0", diagnostic="451 4.2.0 <kontakt@firma.example> Timeout while waiting for lock for "
                                             "transaction log file dovecot.index.log", action="delayed") == "system_error"


def test_a_german_desk_complaint_about_adverts_in_the_plural() -> None:
    body = ("Sehr geehrte Damen und Herren,\n\neiner unserer Kunden (h.berg@isp.example) hat sich über unerwünschte "
            "Werbe-E-Mails beschwert, die von Ihrem System versandt wurden.\n")
    report = classify(mail(f"From: Abuse Team <abuse@isp.example>\nTo: abuse@shop.example\n"
                           f"Subject: [Abuse-Ticket #4471] Beschwerde\n{UTF8}", body))
    assert kind_and_reasons(report) == ("complaint", [("h.berg@isp.example", "complaint")])


def test_a_french_one_word_request_with_a_second_sentence() -> None:
    report = classify(mail(f"From: marie@isp.example\nTo: news@shop.example\nSubject: Re: Vos offres\n{UTF8}",
                           "DÉSABONNEMENT svp. Merci de ne plus m'écrire.\n"))
    assert kind_and_reasons(report) == ("unsubscribe", [("marie@isp.example", "unsubscribe")])


def test_a_persons_reply_quoting_a_report_under_the_attribution_line_is_no_report() -> None:
    # ("I got this message but my mailbox works fine, I freed space now. Can you send the invoice again?")
    body = ("Buongiorno, ho ricevuto questo messaggio ma la mia casella funziona benissimo, adesso ho liberato spazio. "
            "Potete rimandare la fattura?\n\nSofia\n\nIl giorno 9 mag 2024, Mail Delivery System ha scritto:\n"
            "> A message that you sent could not be delivered to one or more of its\n> recipients. This is a permanent "
            "error.\n>   sofia@mail.example\n>     mailbox is full: retry timeout exceeded\n")
    report = classify(mail(f"From: Sofia <sofia@mail.example>\nTo: billing@shop.example\n"
                           f"Subject: Re: Mail delivery failed: returning message to sender\n{UTF8}", body))
    assert report.kind == "not_bounce"


def test_the_same_report_forwarded_under_the_attribution_line_is_read() -> None:
    body = ("FYI, see below.\n\nOn 9 May 2024, at 10:02, Mail Delivery System wrote:\n"
            "> A message that you sent could not be delivered to one or more of its\n> recipients. This is a permanent "
            "error. The following address(es) failed:\n>\n>   sofia@mail.example\n>     SMTP error from remote mail server "
            "after RCPT TO:<sofia@mail.example>:\n>     550 5.1.1 User unknown\n")
    report = classify(mail(f"From: Tom <tom@shop.example>\nTo: bounces@shop.example\n"
                           f"Subject: Fwd: Mail delivery failed: returning message to sender\n{UTF8}", body))
    assert kind_and_reasons(report) == ("failed", [("sofia@mail.example", "user_unknown")])


@pytest.mark.parametrize("diagnostic", [
    "550 No mailbox exists for this address",
    "550 There is no mailbox for this address",
    "550 5.1.1 No account exists with that name on this server",
])
def test_a_mailbox_that_exists_for_no_one(diagnostic: str) -> None:
    assert decide(status=None, diagnostic=diagnostic, command="RCPT") == "user_unknown"


def test_there_is_no_mailbox_quota_left_is_no_missing_mailbox() -> None:
    # ("no mailbox space": the words say the mailbox is there)
    assert decide(status="4.2.2", diagnostic="452 4.2.2 There is no space left in this mailbox") == "mailbox_full"


def test_a_recipient_field_with_the_recipients_name_before_the_address() -> None:
    # (Korean: "the mail you sent did not reach the recipients below" / recipient, sender, subject, reason per entry)
    body = ("보내신 메일이 아래 받는 사람에게 전달되지 못했습니다.\n\n받는 사람 : 김민수 <minsu@firma.example>\n"
            "보낸 사람 : Shop News <news@shop.example>\n제목 : 봄 시즌 할인\n실패 사유 : 존재하지 않는 계정입니다. (550 5.1.1 No such "
            "user)\n\n받는 사람 : jiwoo@firma.example\n실패 사유 : 메일함 용량 초과 (552 5.2.2 Mailbox full)\n")
    report = classify(mail(f"From: Mail Delivery System <mailer-daemon@mail.firma.example>\nTo: bounces@shop.example\n"
                           f"Subject: 메일 발송 실패 안내\n{UTF8}", body))
    assert kind_and_reasons(report) == ("failed", [("minsu@firma.example", "user_unknown"),
                                                   ("jiwoo@firma.example", "mailbox_full")])


def test_the_returned_originals_to_header_with_a_name_is_no_recipient_field() -> None:
    # (German "An: Name <addr>" of the original pasted below: the report's recipient is the one it names)
    body = ("Ihre Nachricht konnte nicht zugestellt werden.\n\n<ruth@firma.example>: host mx.firma.example said: 550 5.1.1 "
            "User unknown\n\n--- Kopfzeilen der Nachricht ---\nVon: Shop <news@shop.example>\nAn: Max Muster <max@andere.example>\n"
            "Betreff: June news\n")
    report = classify(mail(f"From: MAILER-DAEMON@mx.shop.example\nTo: bounces@shop.example\nSubject: Unzustellbar\n{UTF8}",
                           body))
    assert kind_and_reasons(report) == ("failed", [("ruth@firma.example", "user_unknown")])


# ---- the third round: the neighbouring languages and other words ------------------------------------------------------
@pytest.mark.parametrize("status, diagnostic, reason", [
    # no such mailbox in Croatian, Macedonian and Slovenian
    (None, "Razlog: taj poštanski sandučić ne postoji na našem poslužitelju.", "user_unknown"),
    (None, "Поштенското сандаче не постои.", "user_unknown"),
    (None, "Naslovnik na tem strežniku ne obstaja.", "user_unknown"),
    # a suspended account in Urdu, a full mailbox in Albanian, a message over the size limit in Persian
    (None, "وجہ: وصول کنندہ کا اکاؤنٹ معطل کر دیا گیا ہے۔", "suspended"),
    (None, "Arsyeja: kutia postare e marrësit është plot.", "mailbox_full"),
    (None, "علت: حجم پیام بیش از حد مجاز (۲۵ مگابایت) است.", "message_too_large"),
    # the sending IP on a black list, in Malay
    (None, "E-mel anda telah disekat kerana alamat IP pelayan penghantar tersenarai dalam senarai hitam.", "blocked"),
    # the recipient's daily limit in Slovak; retried until the set time ran out, in Thai
    (None, "Dôvod: príjemca prekročil denný limit prijatých správ.", "rate_limited"),
    (None, "ระบบได้พยายามส่งซ้ำหลายครั้งจนหมดเวลาที่กำหนด จึงยกเลิกการส่ง", "expired"),
    # held in quarantine, in Serbian (Latin) and Estonian
    (None, "Poruka je zadržana u karantinu i čeka pregled administratora.", "on_hold"),
    (None, "Sõnum on paigutatud karantiini.", "on_hold"),
    # the organisation's e-mail policy, in Latvian
    (None, "Ziņojums tika bloķēts, jo tas pārkāpj organizācijas e-pasta politiku.", "policy_violation"),
    # the recipient's own filter, said by the recipient or of the recipient's rule
    (None, "No acepto publicidad. Su mensaje fue rechazado por mi filtro de correo.", "filtered"),
    (None, "Your message was rejected by my mail filter.", "filtered"),
    (None, "Die Nachricht wurde durch eine vom Empfänger eingerichtete Filterregel abgewiesen.", "filtered"),
])
def test_words_of_the_neighbouring_languages(status: str | None, diagnostic: str, reason: str) -> None:
    assert decide(status=status, diagnostic=diagnostic) == reason


@pytest.mark.parametrize("sender, body, address, reason", [
    # Latvian with "ziņojums" (message) and "saņēmējam" (to the receiver)
    ("E-pasta drošība <noreply@gw.firma.example>", "Jūsu ziņojums saņēmējam liga@firma.example tika bloķēts, jo tas pārkāpj "
     "organizācijas e-pasta politiku.\n", "liga@firma.example", "policy_violation"),
    # Estonian with "sõnum" (message) and "adressaadile" (to the addressee), placed in quarantine
    ("Postiturve <turve@firma.example>", "Teie sõnum adressaadile mari@firma.example on paigutatud karantiini ja ootab "
     "administraatori otsust.\n", "mari@firma.example", "on_hold"),
    # Persian with "ایمیل" (e-mail): refused for its size
    ("سامانه پست <postmaster@firma.example>", "ایمیل شما به sara@firma.example رد شد.\nعلت: حجم پیام بیش از حد مجاز است.\n",
     "sara@firma.example", "message_too_large"),
])
def test_short_notices_in_other_words(sender: str, body: str, address: str, reason: str) -> None:
    report = classify(mail(f"From: {sender}\nTo: bounces@shop.example\nSubject: Notice\n{UTF8}", body))
    assert kind_and_reasons(report) == ("failed", [(address, reason)])


def test_a_dutch_colleagues_forward_of_an_exchange_report() -> None:
    body = ("Zie hieronder.\n\nVan: Microsoft Outlook <MicrosoftExchange329e71ec@bedrijf.example>\nVerzonden: Wed, 15 Mar "
            "2025 08:24\nAan: news@shop.example\nOnderwerp: Onbestelbaar: June news\n\nKan niet bezorgen bij "
            "sanne@bedrijf.example\nHet postvak van de ontvanger is vol.\n\nDiagnostische gegevens voor beheerders:\n"
            "Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'\n")
    report = classify(mail(f"From: Kees <kees@shop.example>\nTo: bounces@shop.example\n"
                           f"Subject: FW: Onbestelbaar: June news\n{UTF8}", body))
    assert kind_and_reasons(report) == ("failed", [("sanne@bedrijf.example", "mailbox_full")])


@pytest.mark.parametrize("sender, subject, body, protected", [
    # Greek: "your message to x@ has not been delivered yet; press the link below to confirm you are a person"
    ("Νίκος <nikos@grafeio.example>", "Επαλήθευση αποστολέα",
     "Το μήνυμά σας προς nikos@grafeio.example δεν έχει παραδοθεί ακόμη.\nΠατήστε τον παρακάτω σύνδεσμο για να επιβεβαιώσετε "
     "ότι είστε άνθρωπος:\nhttps://verify.grafeio.example/c/8f\n", "nikos@grafeio.example"),
    # Swahili: "your e-mail to x@ is stopped until you confirm that you are a real person; click this link"
    ("Juma <juma@kampuni.example>", "Thibitisha barua pepe yako",
     "Barua pepe yako kwa juma@kampuni.example imesimamishwa hadi uthibitishe kwamba wewe ni mtu halisi.\nBofya kiungo hiki "
     "ili kuthibitisha: https://thibitisha.kampuni.example/a/7\n", "juma@kampuni.example"),
    # Portuguese (Brazil): "your message to x@ was held; this user takes only messages from authorised senders; confirm that
    # you are not a robot"
    ("Anti-Spam <antispam@provedor.example>", "Confirme o envio da sua mensagem",
     "Sua mensagem para joao@provedor.example foi retida. Este usuário só aceita mensagens de remetentes autorizados. Para "
     "liberar a sua mensagem, clique aqui e confirme que você não é um robô.\n", "joao@provedor.example"),
])
def test_challenges_in_greek_swahili_portuguese(sender: str, subject: str, body: str, protected: str) -> None:
    report = classify(mail(f"From: {sender}\nTo: bounces@shop.example\nSubject: {subject}\n{UTF8}", body))
    assert kind_and_reasons(report) == ("challenge", [(protected, "challenge")])


@pytest.mark.parametrize("body, complainant", [
    # Portuguese: "a complaint from one of our subscribers about a message sent by your servers"
    ("Recebemos uma reclamação de um dos nossos assinantes a respeito de uma mensagem enviada pelos seus servidores.\n\n"
     "Endereço do assinante: joao@isp.example\n", "joao@isp.example"),
    # Italian: "a customer of ours (x@) reported a message sent from your domain as spam"
    ("un nostro cliente (giulia@isp.example) ha segnalato come spam un messaggio inviato dal vostro dominio.\n",
     "giulia@isp.example"),
])
def test_desk_complaints_in_portuguese_and_italian(body: str, complainant: str) -> None:
    report = classify(mail(f"From: Abuse <abuse@isp.example>\nTo: abuse@shop.example\nSubject: Reclamação de spam\n{UTF8}",
                           body))
    assert kind_and_reasons(report) == ("complaint", [(complainant, "complaint")])


def test_a_lure_that_greets_the_reader_by_its_address_alone() -> None:
    body = ("Dear bounces@shop.example,\n\nYour message to clients@shop.example was not delivered. 4 incoming messages are held "
            "in quarantine because your mailbox must be re-validated.\n\nRELEASE MESSAGES NOW\n")
    report = classify(mail(f"From: Mail Administrator <admin@mailsupport.example>\nTo: bounces@shop.example\n"
                           f"Subject: Undelivered messages: 4 emails held on server\n{UTF8}", body))
    assert report.kind == "not_bounce"


# ---- the fourth round ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("status, diagnostic, reason", [
    # Domino's "not listed in Domino Directory" in its German and French builds
    ("5.0.0", "Benutzer tom (tom@firma.example) ist im Domino-Verzeichnis nicht aufgeführt", "user_unknown"),
    ("5.0.0", "L'utilisateur tom (tom@firma.example) n'est pas répertorié dans l'annuaire Domino", "user_unknown"),
    # no user belongs to this address, in Turkish
    (None, "Neden: Bu adrese ait bir kullanıcı bulunmamaktadır.", "user_unknown"),
    # the recipient's server did not answer, in Swedish
    (None, "Orsak: mottagarens e-postserver svarade inte; anslutningen till mx.ab.example avbröts efter 60 sekunder.",
     "network_error"),
    # the sending IP on a list of blocked addresses, in Polish written without its marks, its dots inside the sentence
    ("5.7.1", "554 5.7.1 Adres IP nadawcy 192.0.2.12 znajduje sie na liscie zablokowanych adresow.", "blocked"),
    # a gateway's hold pending an administrator's review
    (None, "A message you sent has been held pending review by the administrator of firma.example.", "on_hold"),
])
def test_words_of_the_fourth_round(status: str | None, diagnostic: str, reason: str) -> None:
    assert decide(status=status, diagnostic=diagnostic) == reason


def test_a_gateways_hold_notice_names_its_recipient_in_a_field() -> None:
    body = ("Hexamail Guard - message notification\n\nA message you sent has been held pending review by the administrator "
            "of print.example.\n\nTo: office@print.example\nSubject: June news\n\nThe message will be delivered if the "
            "administrator releases it.\n")
    report = classify(mail(f"From: Hexamail Guard <guard@print.example>\nTo: bounces@shop.example\n"
                           f"Subject: Message held for review\n{UTF8}", body))
    assert kind_and_reasons(report) == ("failed", [("office@print.example", "on_hold")])


def test_a_hosters_note_below_the_servers_answer_is_no_part_of_it() -> None:
    # (the note lists causes in general: "a full mailbox" is none of this recipient's)
    body = ("A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. "
            "The following address(es) failed:\n\n  k.wagner@firma.example\n    host mx01.firma.example [192.0.2.40]\n"
            "    SMTP error from remote mail server after end of data:\n    550 5.7.1 Message rejected: classified as spam "
            "(score 14.2)\n\n------ Note from your hosting provider ------\nCommon reasons for a bounce are a full mailbox, a "
            "mistyped or deleted\naddress, or a server that is temporarily unavailable.\n")
    report = classify(mail(f"From: Mail Delivery System <Mailer-Daemon@srv14.host.example>\nTo: bounces@shop.example\n"
                           f"Subject: Mail delivery failed: returning message to sender\n{UTF8}", body))
    assert kind_and_reasons(report) == ("failed", [("k.wagner@firma.example", "spam_detected")])


def test_a_polish_recipient_field_with_a_quoted_name() -> None:
    body = ("Wiadomość nie została dostarczona.\n\nAdresat: 'Kowalski Jan' <jan@firma.example>\nNadawca: news@shop.example\n\n"
            "Przyczyna: 552 5.2.2 skrzynka odbiorcza adresata jest pełna.\n")
    report = classify(mail(f"From: System pocztowy <postmaster@firma.example>\nTo: bounces@shop.example\n"
                           f"Subject: Wiadomość niedostarczona\n{UTF8}", body))
    assert kind_and_reasons(report) == ("failed", [("jan@firma.example", "mailbox_full")])


def test_a_lure_that_offers_to_resend_the_failed_messages() -> None:
    body = ("Hello bounces,\n\nYour message to clients@shop.example could not be delivered because of a server "
            "synchronisation error.\n\nRecipient: clients@shop.example\nReason: 550 mailbox unavailable\n\nClick below to "
            "re-send the failed messages:\nhttps://delivery-notice.example/resend\n")
    report = classify(mail(f"From: Mail Delivery Subsystem <no-reply@delivery-notice.example>\nTo: bounces@shop.example\n"
                           f"Subject: Undelivered Mail: 3 messages failed\n{UTF8}", body))
    assert report.kind == "not_bounce"


def test_a_challenge_that_asks_to_click_so_the_person_can_receive_our_message() -> None:
    body = ("Hello,\n\nI'm protecting myself from receiving junk mail. Just this once, click the link below so I can receive "
            "your message and any future messages you send me.\n\nhttps://challenge.antispam.example/verify?id=8c1f\n")
    report = classify(mail(f"From: Darius <darius@net.example>\nTo: bounces@shop.example\n"
                           f"Subject: Please verify your email: June news\n{UTF8}", body))
    assert kind_and_reasons(report) == ("challenge", [("darius@net.example", "challenge")])


# ---- the fifth round: the same readings in the major languages ----------------------------------------------------------
@pytest.mark.parametrize("status, diagnostic, reason", [
    (None, "Причина: получатель превысил суточный лимит входящих писем.", "rate_limited"),
    (None, "Neden: Alıcının posta sunucusu yanıt vermiyor.", "network_error"),
    (None, "السبب: صندوق البريد هذا غير موجود.", "user_unknown"),
    (None, "Der Empfänger hat festgelegt, dass er keine Nachrichten von diesem Absender erhalten möchte.", "filtered"),
    (None, "차단 사유 : 회사의 이메일 보안 정책(개인정보 유출 방지)에 위배되는 내용이 포함되어 있습니다.", "policy_violation"),
    (None, "Истекло максимальное время доставки. Повторные попытки прекращены.", "expired"),
    (None, "السبب: الرسالة تنتهك سياسة البريد الإلكتروني الخاصة بالمؤسسة.", "policy_violation"),
    (None, "Le message est en attente de validation par l'administrateur.", "on_hold"),
])
def test_words_of_the_fifth_round(status: str | None, diagnostic: str, reason: str) -> None:
    assert decide(status=status, diagnostic=diagnostic) == reason


@pytest.mark.parametrize("sender, subject, body, address, reason", [
    # a gateway's hold marked "Auto-Submitted: auto-replied": "Your message to x@ has been held."
    ("Mail Gateway <postmaster@corp.example>", "Message held: June news", "Your message to david@corp.example has been held.\n\n"
     "Reason: the message was placed in quarantine by the mail security policy and is awaiting release by an administrator.\n",
     "david@corp.example", "on_hold"),
    # Arabic: "your message to x@ was blocked; reason: the message breaks the organisation's e-mail policy"
    ("أمن البريد <noreply@sharika.example>", "تم حظر رسالتك", "تم حظر رسالتك إلى salim@sharika.example.\n\nالسبب: الرسالة تنتهك "
     "سياسة البريد الإلكتروني الخاصة بالمؤسسة.\n", "salim@sharika.example", "policy_violation"),
    # French: "the message you sent to x@ awaits the administrator's validation"
    ("Modération <moderation@asso.example>", "Message en attente de validation", "Le message que vous avez envoyé à "
     "claire@asso.example est en attente de validation par l'administrateur.\n", "claire@asso.example", "on_hold"),
    # Chinese: "your mail was refused" / recipient: a name and the address / reason: the SPF check failed
    ("邮件安全网关 <noreply@gongsi.example>", "邮件被拒收", "您的邮件已被拒收。\n\n收件人：张敏 <zhang@gongsi.example>\n\n原因：发件人域名的 SPF "
     "验证失败，邮件被视为伪造。\n", "zhang@gongsi.example", "auth_failure"),
    # Italian: "your message for x@ was refused; it was classified as spam by the recipient's anti-spam filter"
    ("Antispam <antispam@azienda.example>", "Messaggio respinto", "Il tuo messaggio per gino@azienda.example è stato respinto.\n\n"
     "Il messaggio è stato classificato come spam dal filtro antispam del destinatario.\n", "gino@azienda.example",
     "spam_detected"),
])
def test_gateways_notices_marked_as_auto_replies(sender: str, subject: str, body: str, address: str, reason: str) -> None:
    report = classify(mail(f"From: {sender}\nTo: bounces@shop.example\nSubject: {subject}\nAuto-Submitted: auto-replied\n{UTF8}",
                           body))
    assert kind_and_reasons(report) == ("failed", [(address, reason)])


def test_a_person_who_says_the_message_was_held_is_still_an_auto_reply() -> None:
    # (a person's out-of-office names no address of its organisation as stopped)
    report = classify(mail(f"From: Ann <ann@corp.example>\nTo: bounces@shop.example\nSubject: Automatic reply: June news\n"
                           f"Auto-Submitted: auto-replied\n{UTF8}", "I am out of the office until Monday.\n"))
    assert report.kind == "auto_reply"


def test_a_hosters_note_below_a_notices_cause_is_no_part_of_it() -> None:
    body = ("Bonjour,\n\nVotre message à l'adresse claire@societe.example n'a pas pu être distribué.\n\nCause : cette boîte aux "
            "lettres n'existe pas sur notre serveur.\n\n------ Remarque de votre hébergeur ------\nLes causes les plus "
            "fréquentes d'un rejet sont une boîte pleine, un filtre anti-spam ou un serveur indisponible.\n")
    report = classify(mail(f"From: Système de messagerie <mailer-daemon@societe.example>\nTo: bounces@shop.example\n"
                           f"Subject: Message non distribué : June news\n{UTF8}", body))
    assert kind_and_reasons(report) == ("failed", [("claire@societe.example", "user_unknown")])


@pytest.mark.parametrize("sender, subject, body, protected", [
    # French: "I accept only messages from verified senders; your message was put aside until you confirm being a real person"
    ("Sophie <sophie@cabinet.example>", "Re: June news [vérification requise]",
     "Je n'accepte que les messages d'expéditeurs vérifiés. Votre message à sophie@cabinet.example a été mis de côté jusqu'à "
     "ce que vous confirmiez être une personne réelle.\nCliquez sur le lien ci-dessous :\nhttps://antispam.cabinet.example/v\n",
     "sophie@cabinet.example"),
    # Japanese: "this address takes mail only from confirmed senders; the message to x@ is held until the sender is confirmed;
    # confirm that you are not a robot"
    ("中村 <nakamura@jimusho.example>", "【送信者確認のお願い】June news",
     "このメールアドレスは、確認済みの送信者からのメールのみ受け付けています。\nnakamura@jimusho.example 宛てのメッセージは、送信者確認が完了"
     "するまで保留されています。\n下記のリンクをクリックして、ロボットではないことを確認してください。\nhttps://confirm.jimusho.example/v/7\n",
     "nakamura@jimusho.example"),
    # Polish: "your message to x@ was held by the anti-spam system; confirm you are a person"
    ("System antyspamowy <weryfikacja@adwokat.example>", "Potwierdź, że jesteś nadawcą wiadomości",
     "Twoja wiadomość do kancelaria@adwokat.example została wstrzymana przez system antyspamowy.\nAby ją dostarczyć, potwierdź, "
     "że jesteś człowiekiem – kliknij poniższy link:\nhttps://weryfikacja.adwokat.example/p\n", "kancelaria@adwokat.example"),
    # Norwegian: "you sent mail to x@; we deliver only mail from senders who confirmed they are human"
    ("Søppelpostfilter <verifisering@borettslag.example>", "Bekreft avsender: meldingen din venter på godkjenning",
     "Du har sendt e-post til post@borettslag.example. Vi leverer bare e-post fra avsendere som har bekreftet at de er "
     "mennesker.\nKlikk på lenken under:\nhttps://verifiser.borettslag.example/c/8f\n", "post@borettslag.example"),
])
def test_challenges_in_french_japanese_polish_norwegian(sender: str, subject: str, body: str, protected: str) -> None:
    report = classify(mail(f"From: {sender}\nTo: bounces@shop.example\nSubject: {subject}\n{UTF8}", body))
    assert kind_and_reasons(report) == ("challenge", [(protected, "challenge")])


@pytest.mark.parametrize("body, complainant", [
    ("Nous avons reçu une plainte de l'un de nos abonnés concernant un message envoyé depuis votre infrastructure.\n\n"
     "Adresse de l'abonné : marc@isp.example\n", "marc@isp.example"),
    ("Мы получили жалобу от одного из наших пользователей на нежелательное рекламное письмо с вашего сервера.\n\n"
     "Адрес пользователя: volkov@isp.example\n", "volkov@isp.example"),
    ("Wij hebben een klacht ontvangen van een van onze abonnees over een ongevraagd reclamebericht.\n\n"
     "Adres van de abonnee: smit@isp.example\n", "smit@isp.example"),
    ("弊社の会員様より、貴社から送信された広告メールについて迷惑メールであるとの苦情が寄せられました。\n\n会員のメールアドレス: tanaka@isp.example\n",
     "tanaka@isp.example"),
])
def test_desk_complaints_in_french_russian_dutch_japanese(body: str, complainant: str) -> None:
    report = classify(mail(f"From: Abuse <abuse@isp.example>\nTo: abuse@shop.example\nSubject: Complaint\n{UTF8}", body))
    assert kind_and_reasons(report) == ("complaint", [(complainant, "complaint")])


def test_an_arabic_readers_request() -> None:
    report = classify(mail(f"From: Nour <nour@isp.example>\nTo: news@shop.example\nSubject: Re: June news\n{UTF8}",
                           "يرجى إزالتي من قائمتكم البريدية. لا أرغب في تلقي هذه الرسائل بعد الآن.\n"))
    assert kind_and_reasons(report) == ("unsubscribe", [("nour@isp.example", "unsubscribe")])


def test_a_chinese_lure_greeting_the_reader_by_address() -> None:
    body = ("尊敬的 bounces@shop.example 用户：\n\n您发送给 kefu@shop.example 的邮件未能送达。\n您有5封来信被系统拦截，请点击下方链接重新发送或查收：\n"
            "https://mail-anquan.example/release\n\n逾期未处理，您的邮箱将被停用。\n")
    report = classify(mail(f"From: 邮件系统管理员 <admin@mail-anquan.example>\nTo: bounces@shop.example\n"
                           f"Subject: 退信通知：您有5封邮件被拦截\n{UTF8}", body))
    assert report.kind == "not_bounce"


@pytest.mark.parametrize("sender, subject, body", [
    # Danish: "Receipt of your enquiry's arrival" / "We have received your enquiry. This is an automatic receipt."
    ("Hospital Nord <kontakt@hospital.example>", "Kvittering for modtagelse af din henvendelse",
     "Kære afsender\n\nVi har modtaget din henvendelse. Dette er en automatisk kvittering.\n"),
    # Swiss German: "Your request has reached us [Ticket #CH-204811]" / "We recorded your request under the ticket number"
    ("Kundendienst <kundendienst@genossenschaft.example>", "Ihre Anfrage ist bei uns eingegangen [Ticket #CH-204811]",
     "Grüezi\n\nVielen Dank für Ihre Nachricht. Wir haben Ihre Anfrage unter der Ticketnummer CH-204811 erfasst.\n"),
])
def test_help_desks_acknowledgements_without_auto_submitted(sender: str, subject: str, body: str) -> None:
    report = classify(mail(f"From: {sender}\nTo: bounces@shop.example\nSubject: {subject}\n{UTF8}", body))
    assert report.kind == "auto_reply"


def test_a_persons_answer_that_says_the_enquiry_arrived_is_no_acknowledgement() -> None:
    # (no receipt's subject, no word of an automatic message, no ticket: a person writing back)
    report = classify(mail(f"From: Jens <jens@firma.example>\nTo: news@shop.example\nSubject: Spørgsmål\n{UTF8}",
                           "Hej, vi har modtaget din henvendelse om tilbuddet og vender tilbage i morgen.\n"))
    assert report.kind != "auto_reply"


def test_sendmails_own_section_headings_are_no_notes() -> None:
    # (its "following addresses" and "Transcript of session" sections hold the recipient and its answer)
    body = ("The original message was received at Wed, 12 Jul 2000 03:44:17 -0400 (EDT)\nfrom mx.shop.example [192.0.2.9]\n\n"
            "   ----- The following addresses had permanent fatal errors -----\nkwong\n\n"
            "   ----- Transcript of session follows -----\n550 kwong... User unknown\n")
    report = classify(mail("From: Mail Delivery Subsystem <MAILER-DAEMON@cs.uni.example>\n"
                           "To: bounces+kwong=cs.uni.example@shop.example\nSubject: Returned mail: User unknown\n", body))
    assert kind_and_reasons(report) == ("failed", [("kwong@cs.uni.example", "user_unknown")])


# ---- the sixth round: languages the rules did not name --------------------------------------------------------------
@pytest.mark.parametrize("status, diagnostic, reason", [
    (None, "কারণ: এই ঠিকানায় কোনো মেইলবক্স নেই।", "user_unknown"),
    (None, "Motiu: la bústia de correu no existeix.", "user_unknown"),
    (None, "A címzett levelezőszervere nem válaszol (kapcsolat időtúllépés).", "network_error"),
    (None, "Az üzenet mérete meghaladja a megengedett legnagyobb méretet (25 MB).", "message_too_large"),
    (None, "Thư đã bị giữ lại trong khu vực cách ly.", "on_hold"),
    (None, "Mesajul a fost reținut în carantină.", "on_hold"),
    (None, "Viesti on asetettu karanteeniin.", "on_hold"),
    (None, "Meddelandet bryter mot organisationens e-postpolicy.", "policy_violation"),
])
def test_words_of_the_sixth_round(status: str | None, diagnostic: str, reason: str) -> None:
    assert decide(status=status, diagnostic=diagnostic) == reason


@pytest.mark.parametrize("sender, body, address, reason", [
    # Hindi: "your message to x@ could not be delivered; reason: the recipient's mailbox is full"
    ("मेल सिस्टम <postmaster@bharat.example>", "आपका संदेश amit@bharat.example को वितरित नहीं किया जा सका।\n\nकारण: प्राप्तकर्ता का "
     "मेलबॉक्स भर गया है।\n", "amit@bharat.example", "mailbox_full"),
    # Bengali: "your message to x@ was not sent; it was blocked for breaking our e-mail policy"
    ("ইমেইল গেটওয়ে <no-reply@bank.example>", "আপনার বার্তা kamal@bank.example এর কাছে পাঠানো হয়নি।\n\nআপনার বার্তাটি আমাদের প্রতিষ্ঠানের ইমেল "
     "নীতি লঙ্ঘন করায় অবরুদ্ধ করা হয়েছে।\n", "kamal@bank.example", "policy_violation"),
    # Ukrainian: "your letter to x@ was held in quarantine"
    ("Шлюз безпеки <quarantine@univ.example>", "Ваш лист до ivan@univ.example затримано в карантині.\n", "ivan@univ.example",
     "on_hold"),
    # Romanian: "your message to x@ was held in quarantine"
    ("Securitate e-mail <carantina@spital.example>", "Mesajul dumneavoastră către maria@spital.example a fost reținut în "
     "carantină.\n", "maria@spital.example", "on_hold"),
    # Swedish: "your message to x@ was stopped; it breaks the organisation's e-mail policy"
    ("E-postskydd <noreply@kommun.example>", "Ditt meddelande till karin@kommun.example har spärrats.\n\nMeddelandet bryter mot "
     "organisationens e-postpolicy.\n", "karin@kommun.example", "policy_violation"),
    # Finnish: "your message to the recipient x@ was placed in quarantine"
    ("Sähköpostisuojaus <karanteeni@kaupunki.example>", "Viestisi vastaanottajalle liisa@kaupunki.example on asetettu "
     "karanteeniin.\n", "liisa@kaupunki.example", "on_hold"),
])
def test_gateways_notices_in_more_languages_marked_auto_replied(sender: str, body: str, address: str, reason: str) -> None:
    report = classify(mail(f"From: {sender}\nTo: bounces@shop.example\nSubject: Notice\nAuto-Submitted: auto-replied\n{UTF8}", body))
    assert kind_and_reasons(report) == ("failed", [(address, reason)])


def test_a_hungarian_notice_names_its_recipient_by_name_in_a_field() -> None:
    body = ("Címzett: Szabó Péter <peter@iroda.example>\n\nAz üzenetét nem tudtuk kézbesíteni.\n\nAz üzenet mérete meghaladja a "
            "megengedett legnagyobb méretet (25 MB).\n")
    report = classify(mail("From: Levelezőrendszer <mailer-daemon@iroda.example>\nTo: bounces+peter=iroda.example@shop.example\n"
                           f"Subject: Az üzenet nem kézbesíthető\nAuto-Submitted: auto-replied\n{UTF8}", body))
    assert kind_and_reasons(report) == ("failed", [("peter@iroda.example", "message_too_large")])


@pytest.mark.parametrize("sender, subject, body, protected", [
    ("Quang <quang@vn.example>", "Xác minh người gửi",
     "Tôi chỉ nhận thư từ những người gửi đã được xác minh. Thư của bạn gửi tới quang@vn.example đang được giữ.\nVui lòng nhấp vào "
     "liên kết để xác nhận bạn là người thật:\nhttps://verify.vn.example/c/8f\n", "quang@vn.example"),
    ("Tereza <verify@cz.example>", "Prosím potvrďte svou zprávu",
     "přijímám pouze zprávy od ověřených odesílatelů. Vaše zpráva pro tereza@cz.example čeká na ověření.\nPotvrďte prosím, že jste "
     "skutečná osoba:\nhttps://overeni.cz.example/?id=7\n", "tereza@cz.example"),
    ("Tóth Gábor <toth@hu.example>", "Automatikus válasz: kérjük, igazolja magát",
     "Csak ellenőrzött feladóktól fogadok leveleket. Kérem, igazolja, hogy Ön valódi személy:\nhttps://spamvedo.hu.example/i/5\n\n"
     "Az igazolás után üzenete megérkezik hozzám.\n", "toth@hu.example"),
    ("Marta <marta@cat.example>", "Verificació de remitent",
     "Només accepto missatges de remitents verificats. Confirmeu que sou una persona real fent clic a l'enllaç i el vostre "
     "missatge em serà lliurat:\nhttps://verifica.cat.example/r/9\n", "marta@cat.example"),
])
def test_challenges_written_in_the_first_person(sender: str, subject: str, body: str, protected: str) -> None:
    report = classify(mail(f"From: {sender}\nTo: bounces@shop.example\nSubject: {subject}\n{UTF8}", body))
    assert kind_and_reasons(report) == ("challenge", [(protected, "challenge")])


@pytest.mark.parametrize("body, complainant", [
    ("Ми отримали скаргу від одного з наших абонентів щодо повідомлення з вашої системи.\n\nАдреса абонента: petro@isp.example\n",
     "petro@isp.example"),
    ("obdrželi jsme stížnost od jednoho z našich uživatelů na nevyžádanou obchodní zprávu.\n\nAdresa uživatele: lukas@isp.example\n",
     "lukas@isp.example"),
    ("Vi har fått ett klagomål från en av våra kunder gällande ett oönskat reklammeddelande.\n\nKundens adress: johan@isp.example\n",
     "johan@isp.example"),
    ("Panaszt kaptunk egyik előfizetőnktől egy kéretlen reklámlevél miatt.\n\nAz előfizető címe: eva@isp.example\n",
     "eva@isp.example"),
])
def test_desk_complaints_in_ukrainian_czech_swedish_hungarian(body: str, complainant: str) -> None:
    report = classify(mail(f"From: Abuse <abuse@isp.example>\nTo: abuse@shop.example\nSubject: Complaint\n{UTF8}", body))
    assert kind_and_reasons(report) == ("complaint", [(complainant, "complaint")])


@pytest.mark.parametrize("subject, body", [
    ("Απ: June news", "Παρακαλώ αφαιρέστε με από τη λίστα αλληλογραφίας σας. Δεν θέλω να λαμβάνω άλλα μηνύματα.\n"),
    ("Re: June news", "Vă rog să mă scoateți de pe lista de corespondență. Nu mai doresc să primesc aceste e-mailuri.\n"),
])
def test_readers_requests_in_greek_and_romanian(subject: str, body: str) -> None:
    report = classify(mail(f"From: Reader <reader@isp.example>\nTo: news@shop.example\nSubject: {subject}\n{UTF8}", body))
    assert kind_and_reasons(report) == ("unsubscribe", [("reader@isp.example", "unsubscribe")])


def test_a_list_owners_moderation_digest_is_no_notice_about_our_post() -> None:
    body = ("The Announce@lists.shop.example mailing list has 2 request(s)\nwaiting for your consideration at:\n\n"
            "\thttps://lists.shop.example/mailman/admindb/announce\n\nPending posts:\n    From: info@promo.example on Sat Mar  8 "
            "14:22:10 2025\n    Subject: Your account will be suspended\n    Cause: Post by non-member to a members-only list\n")
    report = classify(mail("From: announce-owner@lists.shop.example\nTo: announce-owner@lists.shop.example\n"
                           "Subject: 2 Announce moderator request(s) waiting\nX-Mailman-Version: 2.1.39\n", body))
    assert report.kind == "not_bounce"


def test_a_german_lure_that_asks_to_confirm_the_account() -> None:
    body = ("Sehr geehrter Nutzer von bounces@shop.example,\n\naufgrund eines Fehlers wurden 3 eingehende Nachrichten nicht "
            "zugestellt (Fehlercode 554 5.7.0). Bitte bestätigen Sie Ihr Konto innerhalb von 24 Stunden.\n")
    report = classify(mail(f"From: Postmaster <postmaster@shop.example>\nTo: bounces@shop.example\n"
                           f"Subject: Unzustellbar: 3 Nachrichten wurden zurückgehalten\n{UTF8}", body))
    assert report.kind == "not_bounce"


@pytest.mark.parametrize("sender, subject, body", [
    ("Centre de services <entreprise@service-now.example>", "Incident INC0091827 -- ouvert en votre nom",
     "Votre incident a été ouvert en votre nom.\n\nNuméro : INC0091827\n"),
    ("Soporte <soporte@empresa.example>", "Hemos recibido tu mensaje [Ticket #309182]",
     "Hola,\n\nGracias por ponerte en contacto con nosotros. Hemos recibido tu mensaje y se ha creado el ticket #309182.\n"),
])
def test_help_desks_acknowledgements_in_french_and_spanish(sender: str, subject: str, body: str) -> None:
    report = classify(mail(f"From: {sender}\nTo: bounces@shop.example\nSubject: {subject}\n{UTF8}", body))
    assert report.kind == "auto_reply"


# ---- after the stop's first CI: languages of Africa and Asia -----------------------------------------------------------
@pytest.mark.parametrize("status, diagnostic, reason", [
    (None, "ምክንያት፦ እንደዚህ ያለ የመልዕክት ሳጥን የለም።", "user_unknown"),
    (None, "Idi: Ko si apoti leta bẹẹ lori olupin wa.", "user_unknown"),
    (None, "Sababta: Sanduuqa boostada ee cinwaankan ma jiro.", "user_unknown"),
    (None, "အကြောင်းရင်း - ထိုကဲ့သို့သော စာတိုက်ပုံး မရှိပါ။", "user_unknown"),
    (None, "მიზეზი: ასეთი საფოსტო ყუთი არ არსებობს.", "user_unknown"),
    (None, "Isizathu: I-akhawunti yomamukeli imisiwe okwesikhashana.", "suspended"),
    (None, "Dalili: Akwatin wasikun mai karɓa ya cika.", "mailbox_full"),
    (None, "មូលហេតុ៖ ប្រអប់សំបុត្ររបស់អ្នកទទួលពេញ។", "mailbox_full"),
    (None, "Sabab: xabar hajmi ruxsat etilgan chegaradan (10 MB) oshib ketdi.", "message_too_large"),
    (None, "Səbəb: Alıcı bu göndəricidən məktub almamağı seçib.", "filtered"),
    (None, "ສາເຫດ: ຜູ້ຮັບໄດ້ເກີນຂີດຈຳກັດການຮັບອີເມວປະຈຳວັນ.", "rate_limited"),
    (None, "وجہ: وصول کنندہ کا سرور جواب نہیں دے رہا۔", "network_error"),
    (None, "காரணம்: அனுப்புநரின் IP முகவரி எங்கள் தடுப்புப் பட்டியலில் உள்ளது.", "blocked"),
    (None, "មូលហេតុ៖ សារនេះបំពានគោលការណ៍សុវត្ថិភាពអ៊ីមែលរបស់ស្ថាប័នយើង។", "policy_violation"),
    (None, "拒否理由 : 許可されていない添付ファイル形式が含まれています（ポリシー違反）", "policy_violation"),
    (None, "Held because: sender not on the approved-senders list; awaiting review", "on_hold"),
])
def test_words_of_africa_and_asia(status: str | None, diagnostic: str, reason: str) -> None:
    assert decide(status=status, diagnostic=diagnostic) == reason


@pytest.mark.parametrize("sender, body, address, reason", [
    # Amharic: "the message you sent to x@ did not arrive; reason: there is no such mailbox"
    ("የመልዕክት ሥርዓት <postmaster@ethio.example>", "ወደ selam@ethio.example የላኩት መልዕክት አልደረሰም።\n\nምክንያት፦ እንደዚህ ያለ የመልዕክት ሳጥን የለም።\n",
     "selam@ethio.example", "user_unknown"),
    # Khmer: "your message to x@ was not delivered; reason: the recipient's mailbox is full"
    ("ប្រព័ន្ធសំបុត្រ <postmaster@kh.example>", "សាររបស់អ្នកទៅកាន់ dara@kh.example មិនត្រូវបានបញ្ជូនទេ។\n\nមូលហេតុ៖ ប្រអប់សំបុត្ររបស់អ្នកទទួលពេញ។\n",
     "dara@kh.example", "mailbox_full"),
    # Nepali: "your message was placed in quarantine", the recipient in a field with a name
    ("इमेल सुरक्षा <gateway@np.example>", "तपाईंको सन्देश क्वारेन्टाइनमा राखिएको छ।\n\nप्रापक: रमेश श्रेष्ठ <ramesh@np.example>\n"
     "प्रेषक: news@shop.example\n", "ramesh@np.example", "on_hold"),
    # English: "A message you sent is being held", the recipient "Intended for" by name
    ("Mail Moderation <no-reply@corp.example>", "A message you sent is being held and has not yet been delivered.\n\n"
     "   Intended for : Fatima Yusuf <fatima@corp.example>\n   Held because : awaiting review\n", "fatima@corp.example", "on_hold"),
])
def test_notices_of_africa_and_asia_and_english_holds(sender: str, body: str, address: str, reason: str) -> None:
    report = classify(mail(f"From: {sender}\nTo: bounces@shop.example\nSubject: Notice\nAuto-Submitted: auto-replied\n{UTF8}", body))
    assert [(x.address, x.reason) for x in report.recipients] == [(address, reason)]
    assert report.kind in ("failed", "delayed")


def test_a_mongolian_notice_names_our_sender_in_its_own_field() -> None:
    body = ("Таны илгээсэн захидлыг хорио цээрийн (карантин) хэсэгт түр саатуулсан байна.\n\nХүлээн авагч: Бат-Эрдэнэ "
            "<bat@mn.example>\nИлгээгч: news@shop.example\n")
    report = classify(mail(f"From: Шуудангийн гарц <quarantine@mn.example>\nTo: bounces@shop.example\nSubject: Notice\n"
                           f"Auto-Submitted: auto-replied\n{UTF8}", body))
    assert all(x.address != "news@shop.example" for x in report.recipients)


def test_an_english_desk_complaint_that_says_the_message_was_unsolicited() -> None:
    body = ("Complaint notification\n\nOne of the people we host mail for (ngozi@host.example) told us the attached\nmessage "
            "from your service was unsolicited and marked it as junk. Please stop mailing this person.\n")
    report = classify(mail(f"From: Postmaster <postmaster@host.example>\nTo: abuse@shop.example\n"
                           f"Subject: Unsolicited mail complaint\n{UTF8}", body))
    assert kind_and_reasons(report) == ("complaint", [("ngozi@host.example", "complaint")])


def test_a_japanese_challenge_that_asks_for_the_characters_in_an_image() -> None:
    body = ("このメールは自動送信されています。\nhideo@net.example 宛てにお送りいただいたメールは、迷惑メール対策のため保留されています。\n"
            "下記のURLにアクセスし、画像に表示された文字を入力して送信者の確認を完了してください。\n確認が完了すると、保留中のメールが配信されます。\n"
            "http://auth.net.example/sender/confirm?k=3a\n")
    report = classify(mail(f"From: 送信者認証 <confirm@net.example>\nTo: bounces@shop.example\nSubject: 【要確認】送信者認証のお願い\n{UTF8}", body))
    assert kind_and_reasons(report) == ("challenge", [("hideo@net.example", "challenge")])


def test_a_korean_opt_out_request_in_two_sentences() -> None:
    report = classify(mail(f"From: 박경민 <kyungmin@hanmail.example>\nTo: news@shop.example\nSubject: 수신거부\n{UTF8}",
                           "광고 메일 수신을 원하지 않습니다. 수신거부 처리해 주세요.\n"))
    assert kind_and_reasons(report) == ("unsubscribe", [("kyungmin@hanmail.example", "unsubscribe")])
