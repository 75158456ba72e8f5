"""Plain notices and server words in the languages of South-East and South Asia, Iran, the Arab world
and Israel, the Balkans, the Baltics and Central Asia (``knowledge/languages.py`` ``_MORE_LANGUAGES``,
``detectors/text.py`` ``_UNDELIVERED_MORE`` and the localized delay subjects).

Every text was written for this test (example domains of RFC 2606), by the meaning of what those
countries' mail systems say: a notice from a mail system that the message was not delivered is a
report; the recipient's words read as the cause; "the sender's ..." never makes a missing mailbox;
the same words from a person are no report.
"""
from __future__ import annotations

import pytest

from filter import classify
from filter.core.classifier import decide
from shapes import mail

RCPT = "r@provider.example"


def notice(subject: str, body: str, sender: str = "MAILER-DAEMON@mail.sender.example") -> bytes:
    null = "Return-Path: <>\n" if "MAILER-DAEMON" in sender else ""
    return mail(f"From: {sender}\nTo: b@sender.example\nSubject: {subject}\n{null}"
                "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8", body)


# (language, subject, the report's sentence, the cause's sentence, reason)
NOTICES = [
    ("id", "Pesan tidak terkirim", "Pesan Anda tidak dapat dikirim ke:", "Alasan: pengguna tidak dikenal.", "user_unknown"),
    ("ms", "Mesej tidak dapat dihantar", "Mesej anda tidak dapat dihantar kepada:", "Sebab: peti mel penerima telah penuh.",
     "mailbox_full"),
    ("vi", "Thư không gửi được", "Thư của bạn không được gửi tới:", "Lý do: Địa chỉ email không tồn tại.", "user_unknown"),
    ("vi", "Gửi thư thất bại", "Thư của bạn không được gửi tới:", "Lý do: Tài khoản email của người nhận đã bị khóa.",
     "suspended"),
    ("th", "ส่งไม่สำเร็จ", "ไม่สามารถส่งข้อความของคุณถึง:", "สาเหตุ: ไม่มีชื่อผู้ใช้นี้ในระบบ", "user_unknown"),
    ("hi", "संदेश वितरित नहीं हुआ", "आपका संदेश वितरित नहीं किया जा सका:", "कारण: प्राप्तकर्ता का पता मौजूद नहीं है।",
     "user_unknown"),
    ("fa", "پیام تحویل داده نشد", "پیام شما به نشانی زیر تحویل داده نشد:", "علت: صندوق پستی گیرنده پر است.", "mailbox_full"),
    ("ar", "فشل تسليم الرسالة", "لم يتم تسليم رسالتك إلى:", "السبب: حساب البريد الإلكتروني للمستلم موقوف حالياً.",
     "suspended"),
    ("ar", "تعذر تسليم الرسالة", "لم يتم تسليم رسالتك إلى:", "السبب: حجم الرسالة يتجاوز الحد المسموح به.",
     "message_too_large"),
    ("he", "ההודעה לא נמסרה", "ההודעה שלך לא נמסרה ל:", "סיבה: חשבון הדואר של הנמען הושבת.", "suspended"),
    ("sr", "Порука није испоручена", "Ваша порука није испоручена следећем примаоцу:",
     "Разлог: корисник са овом адресом не постоји.", "user_unknown"),
    ("hr", "Poruka nije isporučena", "Vaša poruka nije isporučena primatelju:", "Razlog: korisnički račun je blokiran.",
     "suspended"),
    ("et", "Kirja kohaletoimetamine ebaõnnestus", "Teie kirja ei saanud kohale toimetada:",
     "Põhjus: sellist kasutajat ei ole olemas.", "user_unknown"),
    ("lv", "Vēstuli nevarēja piegādāt", "Jūsu vēstuli nevarēja piegādāt:", "Iemesls: lietotājs neeksistē.", "user_unknown"),
    ("lt", "Laiškas nepristatytas", "Jūsų laiško nepavyko pristatyti:", "Priežastis: gavėjas neegzistuoja.", "user_unknown"),
    ("kk", "Хат жеткізілмеді", "Сіздің хатыңыз жеткізілмеді:", "Себебі: алушының пошта жәшігі толып кеткен.",
     "mailbox_full"),
]


@pytest.mark.parametrize("lang, subject, lead, cause, expected", NOTICES, ids=[f"{n[0]}-{n[4]}" for n in NOTICES])
def test_a_mail_systems_notice_is_a_report_with_its_cause(lang, subject, lead, cause, expected):
    report = classify(notice(subject, f"{lead}\n\n    {RCPT}\n\n{cause}\n"))
    assert report.kind == "failed", lang
    assert [(r.address, r.reason) for r in report.recipients] == [(RCPT, expected)]


@pytest.mark.parametrize("lang, subject, lead, cause, expected", NOTICES[:6], ids=[n[0] for n in NOTICES[:6]])
def test_a_persons_mail_in_the_same_words_is_no_report(lang, subject, lead, cause, expected):
    # a colleague tells of a notice; no mail system sent it
    report = classify(notice(subject, f"{lead}\n\n    {RCPT}\n\n{cause}\n", sender="Ana Lee <ana@sender.example>"))
    assert report.kind == "not_bounce"


@pytest.mark.parametrize("text", [
    "alamat pengirim tidak ditemukan",                 # id: the sender's address was not found
    "địa chỉ người gửi không tồn tại",                 # vi
    "آدرس فرستنده وجود ندارد",                          # fa
    "adresa pošiljaoca ne postoji",                    # sr
])
def test_the_senders_address_unknown_is_never_hard(text):
    assert decide(status="5.0.0", diagnostic=f"550 {text}", command=None, action="failed") != "user_unknown"


@pytest.mark.parametrize("lang, subject, lead", [
    ("el", "Καθυστέρηση παράδοσης μηνύματος", "Αυτό είναι μόνο μια προειδοποίηση. Η παράδοση του μηνύματός σας προς:"),
    ("fi", "Viestin toimitus viivästynyt", "TÄMÄ ON VAIN VAROITUS. Viestin toimitus seuraavalle vastaanottajalle on viivästynyt:"),
    ("fa", "هشدار: تأخیر در تحویل پیام", "این یک هشدار است. پیام شما به نشانی زیر هنوز تحویل داده نشده است:"),
])
def test_a_localized_delay_warning_is_a_delay_even_marked_auto_replied(lang, subject, lead):
    # Postfix and Exim mark their reports "Auto-Submitted: auto-replied"; the subject and words say delay
    raw = mail("From: MAILER-DAEMON@mail.sender.example (Mail Delivery System)\nTo: b@sender.example\n"
               f"Subject: {subject}\nAuto-Submitted: auto-replied\nReturn-Path: <>\nMIME-Version: 1.0\n"
               "Content-Type: text/plain; charset=utf-8",
               f"{lead}\n\n    {RCPT}\n\n(mx.provider.example[198.51.100.7]:25: Connection timed out)\n")
    report = classify(raw)
    assert report.kind == "delayed", lang
    assert [(r.address, r.reason) for r in report.recipients] == [(RCPT, "network_error")]


@pytest.mark.parametrize("text, expected", [
    ("550 Почтовый ящик получателя: превышен допустимый размер почтового ящика", "mailbox_full"),
    ("550 Kullanıcının hesabı askıya alınmıştır", "suspended"),
    ("550 Akun email ini tidak aktif", "suspended"),
    ("552 Ukuran pesan terlalu besar", "message_too_large"),
    ("550 Tên miền người nhận không tồn tại", "host_unknown"),
])
def test_server_words(text, expected):
    assert decide(status=None, diagnostic=text, command="RCPT", action="failed") == expected


def test_a_hungarian_request_to_leave_the_newsletter_is_an_unsubscribe():
    raw = mail("From: Ilona Nagy <ilona@reader.example>\nTo: news@sender.example\n"
               "Subject: Leiratkozás a hírlevélről\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8",
               "Tisztelt Webáruház!\n\nKérem, töröljenek a hírlevél listájáról, nem szeretnék több levelet kapni.\n")
    assert classify(raw).kind == "unsubscribe"


@pytest.mark.parametrize("text", [
    "Gönderici hesabı askıya alınmıştır",              # tr: the sender's account suspended
    "บัญชีผู้ส่งถูกระงับ",                                 # th
    "प्रेषक का खाता निलंबित कर दिया गया है",              # hi
    "Saatja konto on blokeeritud",                      # et
    "Sūtītāja konts ir bloķēts",                        # lv
    "Siuntėjo paskyra užblokuota",                      # lt
    "Vaš korisnički račun je blokiran",                 # hr: your account
    "Akun ini telah diblokir karena mengirim spam",     # id: blocked for sending spam
])
def test_our_own_account_refused_is_no_suspended_recipient(text):
    assert decide(status="5.7.1", diagnostic=f"550 5.7.1 {text}", command="RCPT", action="failed") != "suspended"


@pytest.mark.parametrize("text, not_expected", [
    ("550 Relay ditolak: domain tidak ada dalam daftar domain lokal", "host_unknown"),
    ("550 Không cho phép chuyển tiếp: tên miền không tồn tại trên máy chủ này", "host_unknown"),
    ("550 Alamat email tidak terdaftar sebagai anggota milis ini", "user_unknown"),
    ("550 ไม่พบบัญชีผู้ส่งในระบบ กรุณายืนยันตัวตน", "user_unknown"),
    ("552 حجم پیام‌های ارسالی شما بیش از حد مجاز است", "message_too_large"),
    ("552 Poruka premašuje dozvoljeni broj primalaca po satu", "message_too_large"),
    ("552 กล่องอีเมลของผู้รับมีขนาดเกินโควตา", "message_too_large"),
])
def test_words_beside_the_new_phrases_that_say_something_else(text, not_expected):
    assert decide(status="5.7.1", diagnostic=text, command="RCPT", action="failed") != not_expected


@pytest.mark.parametrize("subject, body", [
    ("รายงานอีเมลที่ถูกกักกัน (2 ฉบับ)",
     "รายงานการกักกันสำหรับ bounces@sender.example\n\nข้อความต่อไปนี้ถูกกักกันไว้ ระบบไม่สามารถส่งข้อความเหล่านี้ไปยังกล่องจดหมาย"
     "ของคุณได้จนกว่าคุณจะปล่อยข้อความ\n\n  10/06 22:10  promo@prize.example  ถูกรางวัลใหญ่\n"),
    ("Izvješće o porukama u karanteni",
     "Izvješće o karanteni za bounces@sender.example\n\nSljedeće poruke zadržane su u karanteni:\n\n"
     "  10.06. 22:14  nagrada@prize.example  Osvojili ste nagradu!\n\nPoruka nije isporučena u vaš sandučić "
     "dok je ne oslobodite.\n"),
    ("चेतावनी: आपका मेलबॉक्स लगभग भर गया है",
     "आपका मेलबॉक्स bounces@sender.example अपने कोटे का 94% उपयोग कर चुका है। मेलबॉक्स भर जाने पर आपको भेजे गए नए "
     "संदेश वितरित नहीं होंगे।\n"),
])
def test_a_digest_or_a_warning_to_the_reader_in_these_languages_is_no_report(subject, body):
    report = classify(notice(subject, body, sender="postmaster@sender.example"))
    assert report.kind == "not_bounce", report.recipients


@pytest.mark.parametrize("text", [
    "Sūtītāja pastkaste nav atrasta",            # lv: the sender's mailbox not found
    "Siuntėjo pašto dėžutė nerasta",             # lt
    "ไม่พบที่อยู่อีเมลของผู้ส่ง",                      # th
    "Alamat pengirim tidak dikenal",             # id
    "Địa chỉ người gửi không tồn tại",           # vi
])
def test_the_senders_address_unknown_is_a_refusal_of_ours_whatever_the_code(text):
    for status in ("5.1.0", "5.1.1", "5.7.1"):
        assert decide(status=status, diagnostic=f"550 {status} {text}", command="RCPT", action="failed") == "rejected"
