"""Readings of the thirty-eighth session: challenges in the languages the tables held few words of (that the sender is a
person and no robot, that the mailbox takes mail only from verified senders, "sender verification" named, the characters of
a picture to type), answers to our VERP return path from an account that is not the person we wrote to (a service desk, a
role account), readers' requests in Azerbaijani, Bulgarian, Georgian, Basque and Catalan, the receiving server busy in many
languages, Exchange's list of attempts for a role account, and causes in Romanian, Hebrew, Arabic, Kurdish, Domino's German
and French.

Each case is a wording written for the rule it tests (none copied from a sample): what the words mean decides.
"""
from __future__ import annotations

import pytest

from filter import classify
from filter.core.classifier import decide
from shapes import UTF8, kind_and_reasons, mail

OURS = "news.shop.example"


def _verp(address: str) -> str:
    local, _, domain = address.partition("@")
    return f"bounces+{local}={domain}@{OURS}"


def _answer(sender: str, to: str, subject: str, body: str, *, auto: str | None = "auto-replied", null: bool = True):
    headers = (("Return-Path: <>\n" if null else "") + f"From: {sender}\nTo: <{to}>\nSubject: {subject}\n"
               f"Date: Tue, 03 Jun 2025 10:00:00 +0200\nMessage-ID: <a1@{sender.rpartition('@')[2].rstrip('>')}>\n"
               + (f"Auto-Submitted: {auto}\n" if auto else "") + UTF8)
    return classify(mail(headers, body))


# ---- challenges in more languages ---------------------------------------------------------------------------------
@pytest.mark.parametrize("subject, body", [
    # Irish: "only mail from verified senders; confirm that you are a human being"
    ("Fíorú seoltóra: June news", "Freagra uathoibríoch é seo. Ní ghlacaim ach le teachtaireachtaí ó sheoltóirí atá fíoraithe.\n"
     "Lean an nasc seo chun a dhearbhú gur duine daonna thú:\nhttps://verify.firm.example/c/1\n"),
    # Georgian: "I take letters only from confirmed senders; confirm that you are a person"
    ("გამგზავნის დადასტურება: June news", "მხოლოდ დადასტურებული გამგზავნებისგან ვიღებ წერილებს.\n"
     "გთხოვთ, დაადასტუროთ, რომ ადამიანი ხართ:\nhttps://verify.firm.example/c/2\n"),
    # Malay: "I only take mail from senders that are confirmed; type the code shown to confirm you are human"
    ("Pengesahan pengirim diperlukan", "Saya hanya menerima e-mel daripada pengirim yang telah disahkan.\n"
     "Sila masukkan kod yang dipaparkan untuk mengesahkan bahawa anda manusia:\nhttps://verify.firm.example/c/3\n"),
    # Chinese: "sender verification; type the characters shown in the picture to confirm you are not a robot"
    ("发件人验证", "为防止垃圾邮件，请点击下面的链接并输入图片中显示的字符，以确认您不是机器人：\nhttps://verify.firm.example/c/4\n"),
    # Hindi: "only from verified senders; confirm that you are human"
    ("प्रेषक सत्यापन आवश्यक", "मेरा मेलबॉक्स केवल सत्यापित प्रेषकों से ईमेल स्वीकार करता है।\nकृपया पुष्टि करें कि आप इंसान हैं:\n"
     "https://verify.firm.example/c/5\n"),
    # Arabic: "from senders who were verified; confirm that you are not a robot"
    ("مطلوب التحقق من المرسل", "لا يقبل صندوق بريدي إلا الرسائل الواردة من مرسلين تم التحقق منهم.\nيرجى تأكيد أنك لست روبوتًا:\n"
     "https://verify.firm.example/c/6\n"),
    # Ukrainian: "only from confirmed senders; type the code from the image to confirm that you are a person"
    ("Потрібне підтвердження відправника", "Моя скринька приймає листи лише від підтверджених відправників.\n"
     "Введіть код із зображення, щоб підтвердити, що ви людина:\nhttps://verify.firm.example/c/7\n"),
    # Basque: "only messages of verified senders; type the code of the picture to confirm that you are human"
    ("Igorlearen egiaztapena behar da", "Egiaztatutako igorleen mezuak soilik onartzen ditut.\n"
     "Idatzi irudiko kodea gizakia zarela baieztatzeko:\nhttps://verify.firm.example/c/8\n"),
    # Swahili: "only from verified senders; type the code in the picture"
    ("Uthibitisho wa mtumaji unahitajika", "Sanduku langu linapokea barua pepe kutoka kwa watumaji waliothibitishwa tu.\n"
     "Andika msimbo ulio kwenye picha:\nhttps://verify.firm.example/c/9\n"),
    # Romanian: "confirm that you are a person; reply without changing the subject"
    ("Confirmare expeditor", "Căsuța mea acceptă doar mesaje de la expeditori confirmați.\nVă rog să confirmați că sunteți om.\n"
     "https://verify.firm.example/c/10\n"),
])
def test_a_persons_challenge_in_more_languages(subject, body):
    # (the person's own challenge to our VERP return path: no words of "your message" needed, the return path says it)
    report = _answer("Dana Pop <dana@firm.example>", _verp("dana@firm.example"), subject, body)
    assert kind_and_reasons(report) == ("challenge", [("dana@firm.example", "challenge")])


def test_a_challenge_systems_own_account_in_chinese_names_the_guarded_mailbox():
    # (an anti-spam account of the recipient's organisation: the mailbox it guards is the one our VERP address names)
    body = ("您发送至 wang@firm.example 的邮件已被暂时保留，需要确认发件人身份。\n请点击下方链接并输入图片中显示的字符：\n"
            "https://verify.firm.example/c?k=5d\n")
    report = _answer("反垃圾邮件系统 <antispam@firm.example>", _verp("wang@firm.example"), "发件人身份验证", body)
    assert kind_and_reasons(report) == ("challenge", [("wang@firm.example", "challenge")])


def test_a_hold_that_asks_for_the_picture_in_spanish_is_a_challenge():
    body = ("Su mensaje para ventas@firm.example ha sido retenido.\nPara que sea entregado, abra el siguiente enlace y escriba "
            "los caracteres que aparecen en la imagen:\nhttps://verificar.firm.example/c/77\n")
    report = _answer("Verificación <verificacion@firm.example>", _verp("ventas@firm.example"),
                     "Verificación de remitente requerida", body)
    assert kind_and_reasons(report) == ("challenge", [("ventas@firm.example", "challenge")])


def test_a_persian_challenge_that_asks_to_confirm_the_sender():
    body = ("نامه شما به info@firm.example دریافت شد اما هنوز تحویل داده نشده است.\n"
            "لطفاً با پاسخ دادن به همین نامه یا کلیک روی پیوند زیر تأیید کنید که نامه را شما فرستاده‌اید:\n"
            "https://mail.firm.example/verify/5d\n")
    report = _answer("تأیید فرستنده <verify@firm.example>", _verp("info@firm.example"), "لطفاً فرستنده را تأیید کنید", body)
    assert kind_and_reasons(report) == ("challenge", [("info@firm.example", "challenge")])


def test_a_hosting_providers_sender_check_is_a_challenge():
    body = ("Action required: confirm you are a real sender\n\nA message from you to ana@host.example is being held by Sender "
            "Verification, a protection service of the recipient's provider.\nTo release it, open the page below and complete "
            "the short check (a CAPTCHA).\nhttps://verify.host.example/c/d2\n")
    report = _answer("Sender Verification <noreply-verify@mx.host.example>", _verp("ana@host.example"),
                     "Sender verification required for your message to ana@host.example", body, auto="auto-generated")
    assert kind_and_reasons(report) == ("challenge", [("ana@host.example", "challenge")])


def test_the_active_spam_killer_names_itself():
    body = ("Hi. This is the ASK (Active Spam Killer) mail processor at kg.example.\n\nThe message you sent was queued and "
            "will be delivered when you confirm that you are a person and not an automated mailer.\nTo confirm, simply reply "
            "to this message (the subject must be kept intact).\n")
    report = _answer("Kevin <kevin@kg.example>", _verp("kevin@kg.example"), "Please confirm (conf#5ed33f70)", body)
    assert kind_and_reasons(report) == ("challenge", [("kevin@kg.example", "challenge")])


@pytest.mark.parametrize("body", [
    # a sign-up's own words ("confirm you are human" alone, a new account: no message of ours held)
    "Welcome! Please confirm you are human and verify your email by clicking the link.\nhttps://acme.example/v/1\n",
    # a block list's delisting page: our host refused, a picture to solve to be removed
    "550 5.7.1 Your IP 192.0.2.7 is blocked. To request removal, solve the CAPTCHA at https://rbl.example/remove\n",
])
def test_a_sign_up_or_a_delisting_page_is_no_challenge(body):
    report = _answer("Acme <hello@acme.example>", "news@lists.shop.example", "Welcome to Acme", body, auto=None, null=False)
    assert report.kind != "challenge"


def test_a_persons_mail_to_our_return_path_without_a_request_is_no_challenge():
    # (the VERP return path alone is never enough: the words must ask for a proof)
    body = "Hello, I got your June news and wanted to ask about delivery times to Ireland.\n"
    report = _answer("Dana <dana@firm.example>", _verp("dana@firm.example"), "Question", body, auto=None)
    assert report.kind != "challenge"


# ---- an answer for the address we wrote to ------------------------------------------------------------------------
def test_a_role_account_says_this_address_is_closed_for_the_colleague():
    # Romanian: "Andrei is no longer part of the team; this address was closed and messages are no longer delivered to
    # anyone" from noreply@, the colleague named by the VERP address only
    body = ("Andrei Dumitru nu mai face parte din echipa Firma. Această adresă de e-mail a fost închisă și mesajele trimise "
            "aici nu mai sunt livrate nimănui.\nPentru întrebări scrieți la office@firma.example.\n")
    report = _answer("Firma <noreply@firma.example>", _verp("andrei@firma.example"), "Raspuns automat", body,
                     auto="auto-generated")
    assert kind_and_reasons(report) == ("failed", [("andrei@firma.example", "user_unknown")])


def test_a_service_desks_auto_reply_in_finnish_is_the_colleagues_failure():
    body = ("Liisa Mäkinen ei enää työskentele yrityksessämme. Hänen postilaatikkonsa on poistettu, eikä tähän osoitteeseen "
            "lähetettyjä viestejä toimiteta.\n\nPalvelupiste / IT\n")
    report = _answer("Palvelupiste <palvelupiste@yritys.example>", _verp("liisa@yritys.example"),
                     "Automaattinen vastaus: Kevään tarjoukset", body)
    assert kind_and_reasons(report) == ("failed", [("liisa@yritys.example", "user_unknown")])


def test_a_persons_own_goodbye_stays_theirs():
    body = "I have left Example Consult. This e-mail address has been closed and messages sent to it are not delivered.\n"
    report = _answer("Peter <peter@consult.example>", _verp("peter@consult.example"), "Automatic reply: June news", body)
    assert kind_and_reasons(report) == ("failed", [("peter@consult.example", "user_unknown")])


def test_an_out_of_office_in_swahili_is_an_auto_reply():
    body = "Asante kwa barua pepe yako.\nNiko likizoni hadi tarehe 10 Septemba.\n"
    report = _answer("Amina <amina@kampuni.example>", _verp("amina@kampuni.example"), "Jibu la Kiotomatiki: June news", body,
                     auto="auto-generated")
    assert kind_and_reasons(report) == ("auto_reply", [("amina@kampuni.example", "auto_reply")])


@pytest.mark.parametrize("sender, body, expected", [
    # Hebrew, the company's IT: "your message was not delivered: Yossi finished his work at the company and his mailbox was
    # deleted"
    ("מערכות מידע <it@tech.example>", "יוסי כהן סיים את עבודתו בחברה ותיבת הדואר שלו נמחקה. הודעתך לא נמסרה.\n", "user_unknown"),
    # Arabic, a university's IT centre: "your message was not delivered; the mailbox exceeded the storage space allowed"
    ("مركز تقنية المعلومات <noreply-it@univ.example>",
     "رسالتكم المرسلة إلى العنوان لم يتم تسليمها، لأن صندوق البريد قد تجاوز المساحة التخزينية المسموح بها.\n", "mailbox_full"),
])
def test_the_recipients_organisation_reports_in_hebrew_and_arabic(sender, body, expected):
    report = _answer(sender, _verp("kim@" + sender.rpartition("@")[2].rstrip(">")), "Notice", body, auto="auto-generated")
    assert kind_and_reasons(report) == ("failed", [("kim@" + sender.rpartition("@")[2].rstrip(">"), expected)])


# ---- readers' requests ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("body", [
    "Salam,\n\nZəhmət olmasa məni bu poçt siyahısından çıxarın. Bu məktubları artıq almaq istəmirəm.\n\nElvin\n",
    "Здравейте,\nМоля, премахнете адреса ми от вашия списък. Не желая повече да получавам тези писма.\n\nИван\n",
    "გამარჯობა,\n\nგთხოვთ, ამომიღოთ თქვენი საფოსტო სიიდან. აღარ მსურს ამ წერილების მიღება.\n",
    "Kaixo,\n\nMesedez, kendu nire helbidea zerrenda honetatik. Ez dut mezu gehiago jaso nahi.\n\nIker\n",
    "Bon dia,\n\nSi us plau, doneu-me de baixa d'aquesta llista. No vull rebre més correus vostres.\n\nJordi\n",
])
def test_a_readers_request_in_more_languages(body):
    headers = f"From: Reader <reader@mail.example>\nTo: news@{OURS}\nSubject: Re: June news\n{UTF8}"
    assert kind_and_reasons(classify(mail(headers, body))) == ("unsubscribe", [("reader@mail.example", "unsubscribe")])


def test_a_reader_who_quotes_the_request_to_deny_it_is_no_request():
    # Turkish: "I never said 'I no longer want to receive these messages'. Please add me to the list again."
    body = ("Merhaba,\n\nBülteniniz artık gelmiyor. Ben hiçbir zaman \"Bu mesajları artık almak istemiyorum\" demedim. Lütfen "
            "beni listeye tekrar ekleyin.\n\nAyşe\n")
    headers = f"From: Ayşe <ayse@mail.example>\nTo: news@{OURS}\nSubject: Aboneliğim neden iptal edildi?\n{UTF8}"
    assert classify(mail(headers, body)).kind != "unsubscribe"


# ---- what the words mean ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("diagnostic, reason", [
    # the receiving server busy, in more languages: the mail system, as English "server busy"
    ("451 4.7.1 Servidor ocupado, tente novamente mais tarde", "system_error"),
    ("421 4.3.2 Serwer zajęty, spróbuj ponownie później", "system_error"),
    ("421 4.3.2 ただいまサーバーが混み合っています。しばらくしてから再送してください", "system_error"),
    ("451 4.3.0 服务器繁忙，请稍后重试", "system_error"),
    ("421 4.3.2 Server ausgelastet, bitte später erneut versuchen", "system_error"),
    ("421 4.3.2 Serveur surchargé, réessayez plus tard", "system_error"),
    # the sender's domain failed the receiving side's authentication
    ("550 5.7.1 Message rejected: disposition SPOOF - sender failed authentication for shop.example", "auth_failure"),
    ("550 5.7.1 The message failed sender authentication", "auth_failure"),
    # the TLS our side requires could not be negotiated
    ("421 4.4.2 Unable to negotiate TLS with the receiving server (TLS policy: Require)", "failed_starttls"),
    # Romanian, the (woman) recipient's mailbox does not exist; Domino's directory in German and French
    ("Motiv: căsuța poștală a destinatarei nu există.", "user_unknown"),
    ("CN=Jörg Maier/OU=Einkauf/O=AG konnte im Domino-Verzeichnis nicht gefunden werden", "user_unknown"),
    ("Jean Martin/Paris/Groupe introuvable dans l'annuaire Domino", "user_unknown"),
    # Domino's mail file over its quota, in French
    ("Le fichier de courrier du destinataire (mail3\\pdupont.nsf) a dépassé son quota.", "mailbox_full"),
    # Arabic and Sorani: the account deleted, no longer exists
    ("هذا الحساب محذوف ولم يعد موجوداً", "user_unknown"),
    ("ئەم ناونیشانە چیتر بوونی نییە", "user_unknown"),
])
def test_the_words_say_the_cause(diagnostic, reason):
    status = "4.0.0" if diagnostic[:1] == "4" else None
    assert decide(status=status, diagnostic=diagnostic) == reason


@pytest.mark.parametrize("diagnostic", [
    # a parcel service's busy depot, no mail server
    "Unser Paketzentrum ist derzeit ausgelastet.",
    # TLS named without a failure
    "Message accepted over TLS 1.3 and delivered.",
])
def test_look_alikes_say_no_such_cause(diagnostic):
    assert decide(status=None, diagnostic=diagnostic) not in ("system_error", "failed_starttls")


def test_a_final_recipient_at_a_lokal_name_gives_way_to_the_original_recipient():
    body = ("--b\nContent-Type: text/plain\n\nDelivery failed.\n\n--b\nContent-Type: message/delivery-status\n\n"
            "Reporting-MTA: dns; exch02.firma.lokal\n\nOriginal-Recipient: rfc822; j.novak@firma.example\n"
            "Final-Recipient: rfc822; j.novak@exch02.firma.lokal\nAction: failed\nStatus: 5.1.1\n"
            "Diagnostic-Code: smtp; 550 5.1.1 User unknown\n\n--b--\n")
    headers = ("From: postmaster@firma.example\nTo: bounces@news.shop.example\nSubject: Undeliverable\n"
               "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=b\n")
    assert kind_and_reasons(classify(mail(headers, body))) == ("failed", [("j.novak@firma.example", "user_unknown")])


def test_exchanges_attempts_for_a_role_account_give_the_cause():
    # the recipient is security@ (a role account); Exchange lists its attempts below it: the latest reply is the cause
    text = ("Delivery is delayed to these recipients or groups:\n\nsecurity@defense.example\n\n"
            "Diagnostic information for administrators:\n\nGenerating server: EX01.shop.example\n\nsecurity@defense.example\n"
            "Remote Server at mx.defense.example (192.0.2.102) returned '400 4.4.7 Message delayed'\n"
            "7/27/2025 1:08:17 AM - Remote Server at mx.defense.example (192.0.2.102) returned '451 4.4.317 Cannot connect to "
            "remote server [Message=TLS negotiation failed with error AlertHandshakeFailure]'\n")
    body = (f"--b\nContent-Type: text/plain\n\n{text}\n--b\nContent-Type: message/delivery-status\n\n"
            "Reporting-MTA: dns; EX01.shop.example\n\nFinal-Recipient: rfc822; security@defense.example\nAction: delayed\n"
            "Status: 4.4.7\nDiagnostic-Code: smtp;400 4.4.7 Message delayed\n\n--b--\n")
    headers = ("From: Microsoft Outlook <postmaster@shop.example>\nTo: bounces@news.shop.example\n"
               "Subject: Delivery delayed: June news\nMIME-Version: 1.0\n"
               "Content-Type: multipart/report; report-type=delivery-status; boundary=b\n")
    assert kind_and_reasons(classify(mail(headers, body))) == ("delayed", [("security@defense.example", "failed_starttls")])


def test_a_dominos_delay_report_gives_the_cause_after_because():
    text = ("Delivery Delay Report\n\nYour document:      June news\nhas been delayed to:  kim@maschinen.example\n"
            "because:            Unable to connect to mx.maschinen.example: TLS handshake failed\n\n"
            "What should you do?\n  * You do not need to resend your message.\n")
    body = (f"--b\nContent-Type: text/plain\n\n{text}\n--b\nContent-Type: message/delivery-status\n\n"
            "Reporting-MTA: dns; notes.shop.example\n\nFinal-Recipient: rfc822; kim@maschinen.example\nAction: delayed\n"
            "Status: 4.4.1\n\n--b--\n")
    headers = ("From: Mail Router <postmaster@shop.example>\nTo: bounces@news.shop.example\n"
               "Subject: DELIVERY DELAYED: June news\nMIME-Version: 1.0\n"
               "Content-Type: multipart/report; report-type=delivery-status; boundary=b\n")
    assert kind_and_reasons(classify(mail(headers, body))) == ("delayed", [("kim@maschinen.example", "failed_starttls")])


# ---- after the first adversarial probe of the session --------------------------------------------------------------
@pytest.mark.parametrize("subject, body", [
    # Slovenian: "the recipient takes mail only from confirmed senders; confirm that you are a real person"
    ("Potrditev pošiljatelja: June news", "Prejemnik sprejema pošto samo od potrjenih pošiljateljev.\nPotrdite, da ste "
     "resnična oseba: https://filter.firm.example/potrdi?id=8f\n"),
    # Hungarian: "only from checked senders; prove that you sent the message: reply without changing the subject"
    ("Feladó ellenőrzése szükséges", "Csak ellenőrzött feladóktól fogadok leveleket. Kérjük, igazolja, hogy Ön küldte az "
     "üzenetet: válaszoljon erre a levélre a tárgy módosítása nélkül.\n"),
    # Vietnamese: "verify that you are the one who sent this letter by typing the characters in the picture"
    ("Vui lòng xác minh", "Vui lòng xác minh rằng bạn là người đã gửi thư này bằng cách nhập các ký tự trong hình:\n"
     "https://verify.firm.example/c/77\n"),
    # Turkish: "verification needed; to prove that you are a real sender, type the characters in the picture"
    ("Re: June news [Doğrulama gerekli]", "Gerçek bir gönderici olduğunuzu kanıtlamak için aşağıdaki bağlantıya tıklayın ve "
     "resimdeki karakterleri yazın.\nhttps://dogrula.firm.example/?k=5c\n"),
    # Thai: "this mailbox takes mail only from confirmed senders; reply without changing the subject"
    ("กรุณายืนยันตัวตนผู้ส่ง", "กล่องจดหมายนี้รับอีเมลจากผู้ส่งที่ยืนยันแล้วเท่านั้น\nกรุณาตอบกลับอีเมลนี้โดยไม่แก้ไขหัวเรื่อง\n"),
    # Portuguese: "to release your message, type the characters of the picture on the page below"
    ("Sua mensagem aguarda confirmação", "O destinatário utiliza um AntiSpam e ainda não reconhece o seu endereço.\nPara "
     "liberar a sua mensagem, digite os caracteres da imagem na página abaixo:\nhttps://antispam.firm.example/liberar/ax\n"),
])
def test_a_challenge_in_still_more_languages(subject, body):
    report = _answer("Filter <antispam@firm.example>", _verp("dana@firm.example"), subject, body)
    assert kind_and_reasons(report) == ("challenge", [("dana@firm.example", "challenge")])


@pytest.mark.parametrize("sender, body", [
    # Norwegian, the municipality's main inbox: "this address is closed down; messages sent here are delivered to no one"
    ("Postmottak <postmottak@kommune.example>", "Denne e-postadressen er avsluttet og blir ikke lenger overvåket. Meldinger "
     "som sendes hit, blir ikke levert til noen.\n"),
    # Dutch: "this address is discontinued; messages to it are no longer read or forwarded"
    ("Kantoor <info@kommune.example>", "Pieter is niet meer in dienst. Dit e-mailadres is opgeheven; berichten naar dit adres "
     "worden niet meer gelezen of doorgestuurd.\n"),
    # Hindi: "this address is no longer active; messages sent to it will reach no one"
    ("IT <it@kommune.example>", "यह ईमेल पता अब सक्रिय नहीं है। इस पते पर भेजे गए संदेश किसी को नहीं मिलेंगे।\n"),
])
def test_an_account_of_the_organisation_says_the_address_is_gone(sender, body):
    report = _answer(sender, _verp("ole@kommune.example"), "Automatic reply", body)
    assert kind_and_reasons(report) == ("failed", [("ole@kommune.example", "user_unknown")])


def test_a_colleagues_note_that_mail_is_still_delivered_is_no_failure():
    body = ("Frau K. ist bis zum 30.04. in Elternzeit. Ihre E-Mails werden weiterhin zugestellt, aber erst nach ihrer Rückkehr "
            "gelesen.\n")
    report = _answer("IT Service <it@firm.example>", _verp("dana@firm.example"), "Automatische Antwort", body)
    assert report.kind == "auto_reply"


def test_a_pmdf_status_comment_gives_the_reason():
    body = ("--b\nContent-Type: text/plain\n\nYour message cannot be delivered to the following recipients:\n\n"
            "  Recipient address: JSMITH@VAXB.UNIV.EXAMPLE\n  Reason: illegal host/domain name found\n\n"
            "--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns;VAXA.UNIV.EXAMPLE\n\n"
            "Action: failed\nStatus: 5.0.0 (illegal host/domain name found)\n"
            "Final-recipient: rfc822;JSMITH@VAXB.UNIV.EXAMPLE\n\n--b--\n")
    headers = ("From: PMDF Internet Messaging <postmaster@VAXA.UNIV.EXAMPLE>\nTo: bounces@news.shop.example\n"
               "Subject: Delivery Notification: Delivery has failed\nMIME-Version: 1.0\n"
               "Content-Type: multipart/report; report-type=delivery-status; boundary=b\n")
    report = classify(mail(headers, body))
    assert (report.kind, [(r.address.lower(), r.reason) for r in report.recipients]) == \
        ("failed", [("jsmith@vaxb.univ.example", "host_unknown")])


def test_a_list_servers_help_address_is_no_recipient():
    body = ("Your message was not distributed to the list \"volunteers-l\" because there is no list by that name.\n\n"
            "For help using Lyris, send an email to: help@lists.nonprofit.example\n")
    headers = (f"From: Lyris ListManager <lyris@lists.nonprofit.example>\nTo: news@{OURS}\n"
               f"Subject: Lyris: your message could not be delivered\n{UTF8}")
    assert "help@lists.nonprofit.example" not in [r.address for r in classify(mail(headers, body)).recipients]


@pytest.mark.parametrize("diagnostic, reason", [
    ("421 4.3.2 서버가 현재 사용 중입니다. 잠시 후 다시 시도하십시오.", "system_error"),
    ("421 4.3.2 Servern är upptagen, försök igen senare", "system_error"),
    ("Le destinataire a été supprimé de l'annuaire Domino et son fichier de courrier n'existe plus", "user_unknown"),
    ("Denne e-postadressen er avsluttet.", "user_unknown"),
    # Postfix's prefix of a client restriction, the cause after it greylisting; the prefix alone a block of our host
    ("450 4.7.1 Client host rejected: Greylisted, try again in 5 minutes", "rate_limited"),
    ("554 5.7.1 Client host rejected: Access denied", "blocked"),
])
def test_more_words_say_the_cause(diagnostic, reason):
    status = "4.0.0" if diagnostic[:1] == "4" else None
    assert decide(status=status, diagnostic=diagnostic) == reason


def test_a_status_comment_that_only_names_the_class_leaves_the_text_to_say_why():
    body = ("--b\nContent-Type: text/plain\n\nYour message cannot be delivered to the following recipients:\n\n"
            "  Recipient address: JSMITH@VAXA.UNIV.EXAMPLE\n  Reason: %MAIL-E-NOSUCHUSR, no such user\n\n"
            "--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns;VAXA.UNIV.EXAMPLE\n\n"
            "Action: failed\nStatus: 5.0.0 (unknown permanent failure)\n"
            "Final-recipient: rfc822;JSMITH@VAXA.UNIV.EXAMPLE\n\n--b--\n")
    headers = ("From: PMDF Internet Messaging <postmaster@VAXA.UNIV.EXAMPLE>\nTo: bounces@news.shop.example\n"
               "Subject: Delivery Notification: Delivery has failed\nMIME-Version: 1.0\n"
               "Content-Type: multipart/report; report-type=delivery-status; boundary=b\n")
    assert [r.reason for r in classify(mail(headers, body)).recipients] == ["user_unknown"]


@pytest.mark.parametrize("text", [
    "escriba los caracteres que aparecen en la imagen", "saisissez les caractères affichés dans l'image",
    "inserisci i caratteri mostrati nell'immagine", "die im Bild angezeigten Zeichen", "typ de tekens uit de afbeelding",
    "输入图片中显示的字符", "Sila masukkan kod yang dipaparkan", "ketikkan kode pada gambar", "พิมพ์รหัสที่แสดงในภาพ",
    "चित्र में दिखाया गया कोड दर्ज करें", "إدخال الرمز الظاهر في الصورة", "הקלידו את הקוד שבתמונה", "введіть код із зображення",
    "введите код с картинки", "შეიყვანეთ სურათზე გამოსახული კოდი", "idatzi irudiko kodea", "i-type ang code na nasa larawan",
    "andika msimbo ulio kwenye picha", "πληκτρολογήστε τον κωδικό της εικόνας", "introduceți codul din imagine",
    "escriviu el codi de la imatge", "opište kód z obrázku", "resimdeki karakterleri yazın", "ekrandaki kodu girin",
    "nhập các ký tự trong hình", "digite os caracteres da imagem", "tick the box I'm not a robot",
])
def test_the_picture_index_stands_for_the_picture_pattern(text):
    """``_reads_the_picture`` tries the pattern only on a text holding one of ``_PICTURE_INDEX``: each wording the pattern
    reads is found both ways."""
    from filter.core.detectors import autoreply

    assert autoreply._READ_THE_PICTURE.search(text) is not None
    assert autoreply._reads_the_picture(text)


# ---- after the second adversarial probe of the session -------------------------------------------------------------
@pytest.mark.parametrize("body", [
    # Estonian: "this address is closed, the employee no longer works at the company; letters sent here reach no one"
    "See e-posti aadress on suletud, kuna töötaja ei tööta enam ettevõttes. Sellele aadressile saadetud kirju ei edastata "
    "kellelegi.\n",
    # Serbian: "this e-mail address is shut down; messages sent to it are delivered to no one"
    "Ова адреса електронске поште је угашена јер корисник више није запослен. Поруке послате на ову адресу се не испоручују "
    "никоме.\n",
    # Croatian: "this address is shut down, she no longer works in our firm; no one receives the messages"
    "Ova adresa e-pošte je ugašena jer djelatnica više ne radi u našoj tvrtki. Poruke poslane na ovu adresu nitko ne prima.\n",
    # Urdu: "this address has been closed; messages sent to it will reach no one"
    "یہ ای میل پتہ بند کر دیا گیا ہے۔ اس پتے پر بھیجے گئے پیغامات کسی کو موصول نہیں ہوں گے۔\n",
    # Mongolian: "this address is closed; letters sent to it reach no one"
    "Энэ цахим шуудангийн хаяг хаагдсан. Энэ хаяг руу илгээсэн захидал хэнд ч хүргэгдэхгүй.\n",
])
def test_the_organisations_notice_in_more_languages(body):
    report = _answer("Firm IT <it@firm.example>", _verp("kim@firm.example"), "Notice", body, auto="auto-generated")
    assert kind_and_reasons(report) == ("failed", [("kim@firm.example", "user_unknown")])


@pytest.mark.parametrize("subject, body", [
    # Latvian: "this mailbox takes letters only from confirmed senders; enter the characters seen in the picture"
    ("Sūtītāja pārbaude", "Šī pastkaste pieņem vēstules tikai no apstiprinātiem sūtītājiem. Ievadiet attēlā redzamās "
     "rakstzīmes: https://verify.firm.example/c?id=7\n"),
    # Macedonian: "confirm that you are a real sender (not a robot)"
    ("Потврда на испраќачот", "Ве молам потврдете дека сте вистински испраќач (не робот): https://guard.firm.example/c/5\n"),
    # Tamil: "this mailbox takes mail only from verified senders"
    ("அனுப்புநர் சரிபார்ப்பு தேவை", "இந்த அஞ்சல் பெட்டி சரிபார்க்கப்பட்ட அனுப்புநர்களிடமிருந்து மட்டுமே மின்னஞ்சல்களை ஏற்கிறது.\n"
     "https://verify.firm.example/c/8\n"),
    # Khmer: "this mailbox takes only e-mail from verified senders"
    ("ការផ្ទៀងផ្ទាត់អ្នកផ្ញើ", "ប្រអប់សំបុត្រនេះទទួលតែអ៊ីមែលពីអ្នកផ្ញើដែលបានផ្ទៀងផ្ទាត់ប៉ុណ្ណោះ។\nhttps://verify.firm.example/c/4\n"),
])
def test_a_persons_own_challenge_with_a_null_return_path(subject, body):
    # (the guarded person's own address answering our VERP return path, its envelope empty as RFC 3834 asks)
    report = _answer("Dana <dana@firm.example>", _verp("dana@firm.example"), subject, body)
    assert kind_and_reasons(report) == ("challenge", [("dana@firm.example", "challenge")])


def test_a_providers_reminder_that_holds_our_message_for_confirmation_is_a_challenge():
    body = ("Lembrete: sua mensagem para renan@uol.example ainda não foi entregue.\nEla está retida pelo AntiSpam aguardando "
            "que você confirme o envio. Para confirmar, acesse https://antispam.uol.example/confirmar?c=fce6\n")
    headers = (f"From: AntiSpam <antispam@uol.example>\nTo: ofertas@{OURS}\nSubject: Lembrete: confirme sua mensagem para "
               f"renan@uol.example\nAuto-Submitted: auto-replied\n{UTF8}")
    assert kind_and_reasons(classify(mail(headers, body))) == ("challenge", [("renan@uol.example", "challenge")])


@pytest.mark.parametrize("body", [
    "Laba diena,\nprašau išbraukti mane iš šio sąrašo ir daugiau nebesiųsti jokių laiškų.\nRūta\n",
    "Ẹ ku iṣẹ,\nJọwọ yọ mi kuro ninu atokọ ifiweranṣẹ yii. Mi o fẹ gba imeeli kankan mọ.\nTunde\n",
    "Cancelar inscrição por favor. Obrigada\n",
])
def test_readers_requests_in_lithuanian_yoruba_and_a_short_portuguese_answer(body):
    headers = f"From: Reader <reader@mail.example>\nTo: news@{OURS}\nSubject: Re: June news\n{UTF8}"
    assert kind_and_reasons(classify(mail(headers, body))) == ("unsubscribe", [("reader@mail.example", "unsubscribe")])


@pytest.mark.parametrize("diagnostic, reason", [
    ("421 Serveri është i zënë për momentin, ju lutemi provoni më vonë", "system_error"),
    ("421 সার্ভার এখন ব্যস্ত, অনুগ্রহ করে পরে আবার চেষ্টা করুন", "system_error"),
    ("550 Ийм хэрэглэгч байхгүй байна (хаяг олдсонгүй)", "user_unknown"),
    ("Arsyeja: kjo adresë e postës elektronike nuk ekziston.", "user_unknown"),
])
def test_still_more_words_say_the_cause(diagnostic, reason):
    assert decide(status="4.0.0" if diagnostic[:1] == "4" else None, diagnostic=diagnostic) == reason


def test_an_albanian_contact_line_names_no_recipient():
    body = ("Mesazhi juaj nuk mund të dorëzohej te marrësi elira@firm.example.\n\nArsyeja: kjo adresë e postës elektronike nuk "
            "ekziston.\n\nPër ndihmë kontaktoni administratorin: admin@firm.example\n")
    headers = f"From: Sistemi i postës <postmaster@firm.example>\nTo: {_verp('elira@firm.example')}\nSubject: Mesazhi nuk u dorëzua\n{UTF8}"
    assert kind_and_reasons(classify(mail(headers, body))) == ("failed", [("elira@firm.example", "user_unknown")])


_FORWARDED_REPORT = ("Hi team, this bounce landed in the support queue. Forwarding so you can suppress the address.\n\n"
                     "---------- Forwarded message ----------\nFrom: MAILER-DAEMON@mx.example.net (Mail Delivery System)\n"
                     "Date: Tue, 12 Mar 2024 08:15:06 +0000\nSubject: Undelivered Mail Returned to Sender\n"
                     "To: support@shop.example\n\nThis is the mail system at host mx.example.net.\n\n"
                     "<bob@example.net>: host mx.example.net[192.0.2.10] said: 550 5.1.1 <bob@example.net>: Recipient address "
                     "rejected: User unknown in local recipient table (in reply to RCPT TO command)\n")


@pytest.mark.parametrize("sender, marker", [
    # our help desk's tenant on a hosted platform, its ticket's reply marker above the forward
    ("Support <support@shop.zendesk.com>", "##- Please type your reply above this line -##\n\n"),
    # our company under another of its domains
    ("Standard <standard@shop.fr>", ""),
])
def test_our_own_colleagues_forward_of_a_report_is_that_report(sender, marker):
    headers = f"From: {sender}\nTo: bounces@news.shop.example\nSubject: Fwd: Undelivered Mail Returned to Sender\n{UTF8}"
    assert kind_and_reasons(classify(mail(headers, marker + _FORWARDED_REPORT))) == ("failed", [("bob@example.net", "user_unknown")])


def test_a_strangers_forward_of_a_report_on_their_own_mail_is_none_of_ours():
    headers = f"From: Jo <jo@other.example>\nTo: bounces@news.shop.example\nSubject: Fwd: Undelivered Mail Returned to Sender\n{UTF8}"
    assert classify(mail(headers, _FORWARDED_REPORT)).kind != "failed"


# ---- after the third adversarial probe of the session --------------------------------------------------------------
@pytest.mark.parametrize("sender, body", [
    # Telugu, a role account: "this address is closed; messages sent to it reach no one"
    ("Mail Admin <noreply@firm.example>", "ఈ ఇమెయిల్ చిరునామా మూసివేయబడింది. ఈ చిరునామాకు పంపిన సందేశాలు ఎవరికీ అందవు.\n"),
    # Zulu, the help desk: "this address is closed; this person no longer works at our company; messages reach no one"
    ("Helpdesk <helpdesk@firm.example>", "Leli kheli le-imeyili selivaliwe. Lo muntu akasasebenzi enkampanini yethu. "
     "Imiyalezo ethunyelwa kuleli kheli ayifinyeleli kumuntu.\n"),
    # Icelandic: "this address has been closed; messages sent to it reach no one"
    ("Fyrirtæki <noreply@firm.example>", "Þessu netfangi hefur verið lokað. Viðkomandi starfar ekki lengur hjá fyrirtækinu. "
     "Skilaboð sem send eru á þetta netfang berast engum.\n"),
    # Punjabi, the IT desk: "this address has been closed; messages sent to it will reach no one"
    ("IT <it@firm.example>", "ਇਹ ਈਮੇਲ ਪਤਾ ਬੰਦ ਕਰ ਦਿੱਤਾ ਗਿਆ ਹੈ। ਇਸ ਪਤੇ 'ਤੇ ਭੇਜੇ ਸੁਨੇਹੇ ਕਿਸੇ ਨੂੰ ਨਹੀਂ ਮਿਲਣਗੇ।\n"),
    # Nepali: "this address has been closed; no one will receive the messages sent to it"
    ("IT <it@firm.example>", "यो इमेल ठेगाना बन्द गरिएको छ। यस ठेगानामा पठाइएका सन्देशहरू कसैले पनि पाउने छैनन्।\n"),
])
def test_the_organisations_closed_address_notice_in_still_more_languages(sender, body):
    report = _answer(sender, _verp("kim@firm.example"), "Automatic notice", body)
    assert kind_and_reasons(report) == ("failed", [("kim@firm.example", "user_unknown")])


def test_a_notice_about_another_colleague_than_our_verp_address_names_that_colleague():
    # Afrikaans: "the address j.venter@ is closed ... your message came here by annelie's forwarding rule; she received it"
    body = ("Die e-posadres j.venter@firm.example is gesluit. Mnr. Venter werk nie meer by ons nie en boodskappe aan hierdie "
            "adres word nie aan iemand afgelewer nie.\n")
    report = _answer("Stelsel <noreply@firm.example>", _verp("annelie@firm.example"), "Outomatiese kennisgewing", body)
    assert "annelie@firm.example" not in [r.address for r in report.recipients]


@pytest.mark.parametrize("subject, body", [
    ("Overenie odosielateľa", "Potvrďte prosím, že ste skutočný odosielateľ - odpovedzte na tento e-mail bez zmeny predmetu.\n"),
    ("પ્રેષક ચકાસણી જરૂરી છે", "આ મેઇલબોક્સ ફક્ત ચકાસાયેલા પ્રેષકો પાસેથી જ ઇમેઇલ સ્વીકારે છે. વિષય બદલ્યા વિના આ ઇમેઇલનો જવાબ આપો.\n"),
    ("Tabbatar da mai aikawa", "Wannan akwatin yana karɓar saƙonni ne kawai daga masu aikawa da aka tabbatar. Ku amsa wannan "
     "imel ba tare da canza taken ba.\n"),
    ("Verifika tal-mittent", "Din il-kaxxa postali taċċetta biss messaġġi minn mittenti vverifikati. Ikteb il-karattri li "
     "jidhru fl-istampa: https://verify.firm.example/c/1\n"),
    ("Жіберушіні растау қажет", "Бұл пошта жәшігі тек расталған жіберушілерден хат қабылдайды. Суреттегі таңбаларды енгізіңіз "
     "немесе тақырыбын өзгертпей жауап беріңіз.\n"),
    ("Жөнөтүүчүнү текшерүү", "Бул почта кутусу текшерилген жөнөтүүчүлөрдөн гана кат кабыл алат. Сүрөттөгү белгилерди "
     "териңиз: https://verify.firm.example/c/2\n"),
])
def test_challenges_in_the_languages_of_the_third_probe(subject, body):
    report = _answer("Dana <dana@firm.example>", _verp("dana@firm.example"), subject, body)
    assert kind_and_reasons(report) == ("challenge", [("dana@firm.example", "challenge")])


@pytest.mark.parametrize("body", [
    "नमस्ते,\nकृपया मलाई यो सूचीबाट हटाउनुहोस्। मलाई अब यस्ता इमेलहरू चाहिँदैनन्।\n",
    "नमस्कार,\nकृपया मला या यादीतून काढून टाका. मला यापुढे हे ईमेल नको आहेत.\n",
    "Moien,\nhuelt mech w.e.g. vun dëser Mailing-Lëscht erof. Ech wëll keng Maile méi vun iech kréien.\n",
    "Asc,\nFadlan iga saar liiskan boostada. Ma rabo inaan helo fariimo kale oo idinka ah.\n",
    "Добры дзень,\nкалі ласка, выдаліце мяне з гэтага спісу рассылкі. Я больш не хачу атрымліваць гэтыя лісты.\n",
])
def test_readers_requests_of_the_third_probe(body):
    headers = f"From: Reader <reader@mail.example>\nTo: news@{OURS}\nSubject: Re: June news\n{UTF8}"
    assert kind_and_reasons(classify(mail(headers, body))) == ("unsubscribe", [("reader@mail.example", "unsubscribe")])


@pytest.mark.parametrize("diagnostic, reason", [
    ("451 4.3.2 Сервер заняты, паспрабуйце пазней", "system_error"),
    ("Používateľ jana (jana@firm.example) nebol nájdený v adresári Domino", "user_unknown"),
])
def test_the_third_probes_words_say_the_cause(diagnostic, reason):
    assert decide(status="4.0.0" if diagnostic[:1] == "4" else None, diagnostic=diagnostic) == reason


# ---- after the CI: the eighty-second writer (Southern Europe) ------------------------------------------------------
def test_a_catalan_it_service_reports_a_retired_colleagues_mailbox():
    body = ("Us informem que en Jordi Puig s'ha jubilat i que la seva bústia de correu jordi@hospital.example ha estat donada de "
            "baixa.\nEl vostre missatge no li ha estat lliurat i ha estat eliminat.\nPer a qualsevol consulta podeu adreçar-vos "
            "a compres@hospital.example.\n")
    report = _answer("Servei d'Informàtica <sistemes@hospital.example>", _verp("jordi@hospital.example"),
                     "Bústia donada de baixa", body, auto=None, null=False)
    assert kind_and_reasons(report) == ("failed", [("jordi@hospital.example", "user_unknown")])


def test_a_portuguese_data_protection_request_to_be_removed():
    body = ("Exmos. Senhores,\nAo abrigo do artigo 17.º do RGPD, solicito a remoção imediata do meu endereço ana@mail.example "
            "da vossa base de dados e de todas as listas de envio.\nAna\n")
    headers = f"From: Ana <ana@mail.example>\nTo: news@{OURS}\nSubject: RGPD - pedido de remoção\n{UTF8}"
    assert kind_and_reasons(classify(mail(headers, body))) == ("unsubscribe", [("ana@mail.example", "unsubscribe")])


def test_an_italian_sender_check_that_waits_for_the_confirmation():
    body = ("Gentile mittente,\nper proteggere la casella info@studio.example dallo spam, i messaggi da indirizzi sconosciuti "
            "vengono consegnati solo dopo una verifica.\nPer confermare di essere una persona e non un sistema automatico, visiti "
            "il seguente indirizzo: https://verifica.studio.example/c/77\nIl suo messaggio resterà in attesa fino alla conferma.\n")
    report = _answer("Verifica mittente <verifica@studio.example>", _verp("info@studio.example"),
                     "Richiesta di conferma del mittente: June news", body)
    assert kind_and_reasons(report) == ("challenge", [("info@studio.example", "challenge")])


def test_an_it_departments_reply_that_it_whitelisted_us_is_no_challenge():
    # "at your request, we added your domain to the white list of our gateway": one phrase, "liste blanche", no longer counts
    # both as a challenge's word and as the sign that a message of ours is held
    body = ("Bonjour,\n\nSuite à votre demande, nous avons ajouté news.shop.example à la liste blanche de notre passerelle de "
            "messagerie.\nVos prochains envois devraient être distribués normalement.\n\nService informatique\n")
    headers = (f"From: DSI Mairie <dsi@mairie.example>\nTo: postmaster@{OURS}\nSubject: RE: Demande de déblocage de nos envois\n"
               f"{UTF8}")
    assert classify(mail(headers, body)).kind != "challenge"
