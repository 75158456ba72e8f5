"""Security products' notices read by their fields in Romanian, Slovak, Croatian, Ukrainian, Hebrew, Persian, Malay, Swahili
and more; their findings, holds and releases in those languages; vendors' notices that a message is pending review or was
released; Exchange 2003 delivery receipts in eight more languages; a closed account named by its domain's postmaster or a
role account (noreply@, helpdesk@) in more languages; challenges, readers' requests, links on block lists and simultaneous
connections in more languages; delivery-report subjects and CSV rows with a status cell.

Each case is a wording written for the rule it tests (none copied from a sample): what the words mean decides,
whatever code a server sends them with.
"""
from __future__ import annotations

import pytest

from filter import classify
from filter.core.classifier import decide
from shapes import UTF8, auto_reply as _auto_reply, kind_and_reasons, mail, notice as _notice, readers_reply


def _report(sender: str, subject: str, text: str, dsn: str) -> bytes:
    """A multipart/report (RFC 3464) of a human-readable part and its delivery-status fields."""
    return (f"From: {sender}\nTo: news@shop.example\nSubject: {subject}\nMIME-Version: 1.0\n"
            "Content-Type: multipart/report; report-type=delivery-status; boundary=B\n\n--B\nContent-Type: text/plain\n\n"
            f"{text}\n--B\nContent-Type: message/delivery-status\n\n{dsn}\n--B--\n").encode()


# ---- what the words mean ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("status, diagnostic, reason", [
    # malware found: Ukrainian, Croatian, Persian, Hebrew, Malay, Swahili, Vietnamese, Thai
    (None, "У вкладенні листа виявлено вірус, лист заблоковано.", "virus_detected"),
    (None, "Poruka sadrži zlonamjerni softver i nije isporučena.", "virus_detected"),
    (None, "در پیوست نامه شما ویروس پیدا شد.", "virus_detected"),
    (None, "בקובץ המצורף נמצא וירוס וההודעה נחסמה.", "virus_detected"),
    (None, "Lampiran mesej mengandungi perisian hasad.", "virus_detected"),
    (None, "Ujumbe wako una virusi kwenye kiambatisho.", "virus_detected"),
    (None, "Tệp đính kèm chứa phần mềm độc hại.", "virus_detected"),
    (None, "ไฟล์แนบมีมัลแวร์", "virus_detected"),
    # spam found: Ukrainian, Hebrew, Persian, Arabic, Croatian, Slovak, Romanian, Vietnamese
    (None, "Лист визнано спамом і відхилено.", "spam_detected"),
    (None, "ההודעה סווגה כדואר זבל.", "spam_detected"),
    (None, "پیام شما به عنوان هرزنامه شناسایی شد.", "spam_detected"),
    (None, "تم تصنيف الرسالة على أنها بريد عشوائي.", "spam_detected"),
    (None, "Poruka je označena kao neželjena pošta.", "spam_detected"),
    (None, "Správa bola vyhodnotená ako nevyžiadaná pošta.", "spam_detected"),
    (None, "Mesajul a fost respins ca mesaj nesolicitat.", "spam_detected"),
    (None, "Thư của bạn bị đánh dấu là thư rác.", "spam_detected"),
    # held until someone looks: Croatian, Slovak, Romanian, Ukrainian, Russian, Hebrew, Persian, Arabic, Malay, Turkish
    (None, "Poruka je zadržana radi pregleda od strane administratora.", "on_hold"),
    (None, "Správa čaká na kontrolu správcom.", "on_hold"),
    (None, "Atașamentul este în curs de analiză.", "on_hold"),
    (None, "Повідомлення очікує перевірки адміністратором.", "on_hold"),
    (None, "Сообщение ожидает проверки администратором.", "on_hold"),
    (None, "ההודעה ממתינה לבדיקה של מנהל המערכת.", "on_hold"),
    (None, "پیام در انتظار بررسی مدیر است.", "on_hold"),
    (None, "الرسالة في انتظار المراجعة من قبل المسؤول.", "on_hold"),
    (None, "Mesej anda sedang menunggu semakan pentadbir.", "on_hold"),
    (None, "İletiniz yönetici onay bekliyor.", "on_hold"),
    # an account closed or no longer active (Ukrainian, Malay, Swahili, Persian, Romanian, Slovak, Hebrew)
    (None, "Поштову скриньку <address> закрито.", "user_unknown"),
    (None, "Alamat e-mel <address> tidak lagi aktif.", "user_unknown"),
    (None, "Anwani <address> haitumiki tena.", "user_unknown"),
    (None, "این نشانی ایمیل دیگر فعال نیست.", "user_unknown"),
    (None, "Nu mai este folosită adresa <address>.", "user_unknown"),
    (None, "Schránka <address> bola zrušená.", "user_unknown"),
    (None, "תיבת הדואר <address> נסגרה.", "user_unknown"),
    # the person's new address (Croatian, Slovak, Hebrew, Italian)
    (None, "Gospođa Kovač sada je dostupna na adresi <address>.", "has_moved"),
    (None, "Pán Novák je teraz dostupný na adrese <address>.", "has_moved"),
    (None, "רונית זמינה כעת בכתובת <address>.", "has_moved"),
    (None, "Scrivete d'ora in poi all'indirizzo <address>.", "has_moved"),
    # a link of the body on a domain block list: Polish, Portuguese, Czech, Swedish, Romanian; the list as the subject
    ("5.7.1", "550 5.7.1 Odrzucono: link w treści jest na liście Spamhaus DBL", "spam_detected"),
    ("5.7.1", "554 5.7.1 Rejeitada: o link promo.example está listado em dbl.spamhaus.org", "spam_detected"),
    ("5.7.1", "550 5.7.1 Odmítnuto: odkaz v textu je uveden na seznamu Spamhaus DBL", "spam_detected"),
    ("5.7.1", "550 5.7.1 Avvisat: länken i meddelandet är listad hos Spamhaus DBL", "spam_detected"),
    ("5.7.1", "550 5.7.1 Respins: linkul din mesaj este listat în Spamhaus DBL", "spam_detected"),
    ("5.7.1", "554 5.7.1 dbl.spamhaus.org lists a domain that appears in the message body", "spam_detected"),
    # too many connections at once: Ukrainian, Bulgarian, Croatian, Romanian, Slovak, Hebrew
    ("4.7.0", "421 Забагато одночасних з'єднань, спробуйте пізніше", "rate_limited"),
    ("4.7.0", "421 Твърде много едновременни връзки от вашия адрес", "rate_limited"),
    ("4.7.0", "421 Previše istovremenih veza s vaše adrese", "rate_limited"),
    ("4.7.0", "421 Prea multe conexiuni simultane de la adresa dvs.", "rate_limited"),
    ("4.7.0", "421 Príliš veľa súčasných spojení z vašej adresy", "rate_limited"),
    ("4.7.0", "421 יותר מדי חיבורים מהכתובת שלך", "rate_limited"),
    # the file type refused, the receiving organisation's policy
    ("5.7.1", "550 5.7.1 the attachment type (.img) is not permitted here", "policy_violation"),
    (None, "Le fichier joint, dont le type est interdit par notre stratégie, a été refusé.", "policy_violation"),
    (None, "Your message was refused under the recipient organization's information protection policy.", "policy_violation"),
    # ten more languages: Georgian, Armenian, Amharic, Bengali, Tamil, Hungarian, Serbian, Albanian, Tagalog, Greek
    (None, "აღმოჩენილია მავნე პროგრამა.", "virus_detected"),
    (None, "Հայտնաբերվել է վիրուս։", "virus_detected"),
    (None, "የተገኘው፦ ቫይረስ", "virus_detected"),
    (None, "সংযুক্তিতে ভাইরাস পাওয়া গেছে।", "virus_detected"),
    (None, "இணைப்பில் வைரஸ் கண்டறியப்பட்டது.", "virus_detected"),
    (None, "Eredmény: levélszemét, pontszám 9,4", "spam_detected"),
    (None, "Արդյունք՝ սպամ", "spam_detected"),
    (None, "Порука је задржана ради прегледа.", "on_hold"),
    (None, "An administrator at Fjord Ltd needs to review the message before it can be delivered.", "on_hold"),
    (None, "Il messaggio è in attesa di revisione da parte di un amministratore.", "on_hold"),
    (None, "адреса <address> више није у употреби.", "user_unknown"),
    (None, "adresa e-mail <address> nuk është më aktive.", "user_unknown"),
    (None, "ელფოსტის მისამართი <address> დახურულია.", "user_unknown"),
    (None, "<address> ঠিকানাটি বন্ধ করে দেওয়া হয়েছে।", "user_unknown"),
    (None, "Ang email address na <address> ay hindi na aktibo.", "user_unknown"),
    (None, "Господин Петровић је сада доступан на адреси <address>.", "has_moved"),
    (None, "Ju lutemi, që tani e tutje shkruani në <address>.", "has_moved"),
    (None, "Її нова адреса: <address>", "has_moved"),
    (None, "Her new address: <address>", "has_moved"),
    ("4.7.0", "421 4.7.0 Πάρα πολλές ταυτόχρονες συνδέσεις από τη διεύθυνσή σας", "rate_limited"),
    ("4.7.0", "421 4.7.0 Shumë lidhje nga adresa juaj IP", "rate_limited"),
    ("4.7.0", "421 4.7.0 Túl sok egyidejű kapcsolat", "rate_limited"),
    ("5.7.1", "550 5.7.1 Az üzenet törzsében szereplő domain (promo.example) szerepel a dbl.spamhaus.org listán",
     "spam_detected"),
    # a forwarding address no longer active is gone; one that names the new address is a move
    ("5.1.1", "550 5.1.1 <x@alumni.example>: Recipient address rejected: This alumni forwarding address is no longer active",
     "user_unknown"),
    ("5.1.6", "550 5.1.6 Recipient has moved; forwarding address: <address>", "has_moved"),
    # the queue, the server's own storage and a new address in German; too long in the queue in four more languages
    ("4.4.7", "message was too long in the queue; delivery temporarily suspended: connect to mx.client.example[192.0.2.3]:25: "
     "Connection refused", "expired"),
    ("4.3.1", "452 4.3.1 Insufficient system storage - Speicherplatz auf dem Mailserver erschoepft", "system_full"),
    ("5.2.2", "552 5.2.2 Speicherplatz des Postfachs überschritten", "mailbox_full"),
    ("5.1.6", "550 5.1.6 Frau Dr. Weinert ist nicht mehr bei uns tätig. Neue Anschrift: <address>", "has_moved"),
    ("4.4.7", "Le message est resté trop longtemps dans la file d'attente (délai de 5 jours dépassé).", "expired"),
    ("4.4.7", "Die Nachricht war zu lange in der Warteschlange und wurde zurückgeschickt.", "expired"),
    ("4.4.7", "El mensaje permaneció demasiado tiempo en la cola.", "expired"),
    ("4.4.7", "Il messaggio è rimasto troppo tempo in coda.", "expired"),
    # a gateway's verdict of malicious
    (None, "Verdict: Malicious (attachment detonated in sandbox)\nAction: Blocked", "virus_detected"),
])
def test_the_words_decide(status: str | None, diagnostic: str, reason: str) -> None:
    assert decide(status=status, diagnostic=diagnostic) == reason


@pytest.mark.parametrize("status, diagnostic, reason", [
    # our own IP on a block list is no link in the content ("Spamhaus" named, no link)
    ("5.7.1", "550 5.7.1 Service unavailable; client host 192.0.2.7 blocked using zen.spamhaus.org", "blocked"),
    # a person available at a desk, no address: no move
    (None, "Gospođa Kovač sada je dostupna na telefonu.", "on_hold"),
])
def test_what_the_words_are_not(status: str | None, diagnostic: str, reason: str) -> None:
    assert decide(status=status, diagnostic=diagnostic) == reason


# ---- security products' notices read by their fields --------------------------------------------------------------
@pytest.mark.parametrize("sender, subject, body, reason", [
    ("Filtru e-mail <filtru@client.example>", "Mesaj oprit",
     "Mesajul a fost oprit de filtrul nostru.\n\nExpeditor: news@shop.example\nDestinatar: ana@client.example\n\n"
     "Motiv: a fost detectat un virus în atașament.\n", "virus_detected"),
    ("Poštovní brána <brana@client.example>", "Správa zablokovaná",
     "Odosielateľ: news@shop.example\nPríjemca: jan@client.example\nPredmet: Jarné ponuky\n\n"
     "Správa obsahovala malvér a bola zablokovaná.\n", "virus_detected"),
    ("Zaštita pošte <zastita@client.example>", "Poruka zadržana",
     "Pošiljatelj: news@shop.example\nPrimatelj: iva@client.example\n\nPoruka je zadržana radi pregleda.\n", "on_hold"),
    ("Поштовий фільтр <filter@client.example>", "Лист заблоковано",
     "Відправник: news@shop.example\nОдержувач: oleh@client.example\n\nЛист визнано спамом і заблоковано.\n",
     "spam_detected"),
    ("סינון דואר <filter@client.example>", "הודעה בהסגר",
     "השולח: news@shop.example\nהנמען: dana@client.example\n\nההודעה הועברה להסגר וממתינה לבדיקה.\n", "on_hold"),
    ("فیلتر ایمیل <filter@client.example>", "پیام مسدود شد",
     "فرستنده: news@shop.example\nگیرنده: reza@client.example\n\nدر پیام شما ویروس پیدا شد و پیام مسدود شد.\n",
     "virus_detected"),
    ("Penapis E-mel <penapis@client.example>", "Mesej dikuarantin",
     "Penghantar: news@shop.example\nPenerima: siti@client.example\n\nMesej anda dikuarantin kerana dikesan sebagai spam.\n",
     "spam_detected"),
    ("Kichujio cha Barua <kichujio@client.example>", "Ujumbe umezuiwa",
     "Mtumaji: news@shop.example\nMpokeaji: neema@client.example\n\nUjumbe wako umezuiwa kwa sababu una virusi.\n",
     "virus_detected"),
    # Armenian and Amharic with their own colons, Serbian in Cyrillic, Albanian
    ("Դիտարկիչ <filter@client.example>", "Notice", "Ուղարկող՝ news@shop.example\nՍտացող՝ ani@client.example\n\nԱրդյունք՝ սպամ։ "
     "Նամակը տեղափոխվել է կարանտին։\n", "spam_detected"),
    ("ፍተሻ <security@client.example>", "Notice", "ላኪ፦ news@shop.example\nተቀባይ፦ abebe@client.example\n\nየተገኘው፦ ቫይረስ\n", "virus_detected"),
    ("Заштита <guard@client.example>", "Notice", "Пошиљалац: news@shop.example\nПрималац: marko@client.example\n\n"
     "Порука је задржана ради прегледа.\n", "on_hold"),
    ("Siguria <guard@client.example>", "Notice", "Dërguesi: news@shop.example\nMarrësi: arben@client.example\n\n"
     "Gjetja: virus në bashkëngjitje. Mesazhi u vendos në karantinë.\n", "virus_detected"),
])
def test_a_notice_read_by_its_fields_in_more_languages(sender: str, subject: str, body: str, reason: str) -> None:
    report = _notice(sender, subject, body)
    assert report.kind == "failed"
    assert [(r.address.split("@")[1], r.reason) for r in report.recipients] == [("client.example", reason)]


def test_a_notice_about_mail_sent_to_us_is_no_report_in_any_language() -> None:
    # the stopped message was for us: our address in the recipient field, a third party's as the sender
    report = _notice("Filtru e-mail <filtru@client.example>", "Mesaj oprit",
                     "Expeditor: spam@elsewhere.example\nDestinatar: news@shop.example\n\n"
                     "A fost detectat un virus în atașament.\n")
    assert report.kind == "not_bounce"


@pytest.mark.parametrize("body", [
    "Odosielateľ: news@shop.example\nPríjemca: jan@client.example\n\nSprávca uvoľnil vašu správu z karantény. "
    "Správa bola doručená príjemcovi.\n",
    "Відправник: news@shop.example\nОдержувач: oleh@client.example\n\nАдміністратор випустив ваше повідомлення з "
    "карантину. Повідомлення доставлено одержувачу.\n",
    "Sender: news@shop.example\nRecipient: ann@client.example\n\n10:02  Held for review by a data loss prevention rule.\n"
    "10:40  Released by an administrator.\n10:41  Delivered to the recipient's mailbox.\n",
])
def test_a_release_in_more_languages_and_as_a_timeline(body: str) -> None:
    report = _notice("Karanténa <karantena@client.example>", "Release", body)
    assert report.kind == "delivered"
    assert [r.address.split("@")[1] for r in report.recipients] == ["client.example"]


@pytest.mark.parametrize("sender, subject, body, kind, reason", [
    ("Avanan Security <no-reply@avanan.example>", "Your message is pending review",
     "Your email to acc@client.example is pending administrator review.\nIt will be delivered if an administrator approves "
     "it.\n", "failed", "on_hold"),
    ("Sophos Email <do-not-reply@sophos.example>", "Message released",
     "The message you sent to buy@client.example was released from quarantine by the recipient and has now been "
     "delivered.\n", "delivered", "delivered"),
    ("Trend Micro Email Security <notify@trend.example>", "Nachricht blockiert",
     "Trend Micro Email Security hat eine Nachricht blockiert, die Sie gesendet haben.\n\nAbsender: news@shop.example\n"
     "Empfänger: h.vogt@client.example\n\nGrund: Die Nachricht enthält Malware.\n", "failed", "virus_detected"),
    ("Check Point Harmony Email <no-reply@harmony.example>", "Mensaje bloqueado",
     "Su mensaje no ha sido entregado.\nDestinatario: obras@client.example\nMotivo: el mensaje contiene un virus.\n",
     "failed", "virus_detected"),
])
def test_a_vendors_notice_in_more_wordings(sender: str, subject: str, body: str, kind: str, reason: str) -> None:
    report = _notice(sender, subject, body)
    assert (report.kind, [(r.address.split("@")[1], r.reason) for r in report.recipients]) == \
        (kind, [("client.example", reason)])


# ---- Exchange 5.5-2003 delivery receipts ------------------------------------------------------------------------------
@pytest.mark.parametrize("subject, text", [
    ("נמסר: June news", "ההודעה שלך\n\n  אל: Dana Levi\n  נושא: June news\n\nנמסרה לנמענים הבאים:\n\n  Dana Levi בתאריך 01/06/2025 10:03\n"),
    ("Доставлено: June news", "Ваше сообщение\n\n  Кому: Dana Levi\n  Тема: June news\n\nбыло доставлено следующим получателям:\n\n"
     "  Dana Levi в 01.06.2025 10:03\n"),
    ("Livrat: June news", "Mesajul dvs.\n\n  Către: Dana Levi\n  Subiect: June news\n\na fost livrat următorilor destinatari:\n\n"
     "  Dana Levi pe 01.06.2025 10:03\n"),
])
def test_an_exchange_2003_receipt_in_more_languages(subject: str, text: str) -> None:
    report = classify(mail("From: System Administrator <postmaster@client.example>\nTo: news@shop.example\n"
                           f"Subject: {subject}\n{UTF8}", text + "\n\nFrom: news@shop.example\nTo: Dana Levi <dana@client.example>\n"
                                                                 "Subject: June news\n\nHello\n"))
    assert kind_and_reasons(report) == ("delivered", [("dana@client.example", "delivered")])


def test_an_exchange_2003_report_in_russian_that_says_not_delivered_is_no_receipt() -> None:
    report = classify(mail("From: System Administrator <postmaster@client.example>\nTo: news@shop.example\n"
                           f"Subject: Не доставлено: June news\n{UTF8}",
                           "Ваше сообщение не было доставлено следующим получателям:\n\n  Dana Levi в 01.06.2025 10:03\n"))
    assert report.kind != "delivered"


# ---- a closed account named by the domain's mail system or a role account ---------------------------------------------
@pytest.mark.parametrize("sender, body, address, reason", [
    ("Адміністратор <postmaster@client.example>", "Доброго дня!\n\nПоштову скриньку s.bondar@client.example закрито.\n"
     "З загальних питань: office@client.example\n", "s.bondar@client.example", "user_unknown"),
    ("Klien <noreply@client.example>", "Alamat e-mel aminah@client.example tidak lagi aktif.\n", "aminah@client.example",
     "user_unknown"),
    ("Mteja <noreply@client.example>", "Anwani hii (juma@client.example) haitumiki tena.\n", "juma@client.example",
     "user_unknown"),
    ("Client <noreply@client.example>", "Nu mai este folosită adresa radu@client.example.\n", "radu@client.example",
     "user_unknown"),
    ("מנהל הדואר <postmaster@client.example>", "תיבת הדואר dani@client.example נסגרה.\nדני זמין כעת בכתובת dani@new.example.\n",
     "dani@client.example", "has_moved"),
    ("Segreteria <segreteria@client.example>", "Scrivete d'ora in poi a giulia@new.example: l'indirizzo "
     "giulia@client.example non è più attivo.\n", "giulia@client.example", "has_moved"),
])
def test_a_closed_account_named_by_its_domains_system_or_role_account(sender: str, body: str, address: str,
                                                                       reason: str) -> None:
    assert kind_and_reasons(_auto_reply(body, sender=sender)) == ("failed", [(address, reason)])


def test_a_helpdesks_reply_that_a_mailbox_was_closed() -> None:
    body = ("Dear sender,\n\nthe mailbox of Mr. Lukas Berger (l.berger@client.example) was closed after his departure\n"
            "and is no longer monitored.\n\nKind regards\nIT Helpdesk\n")
    report = readers_reply(body, sender="IT Helpdesk <helpdesk@client.example>", subject="Re: June news")
    assert kind_and_reasons(report) == ("failed", [("l.berger@client.example", "user_unknown")])


@pytest.mark.parametrize("sender, body", [
    # a role account whose own address is gone, a new one of its own domain given: its own failure, not the new address's
    ("Contact <contact@client.example>", "Cette adresse n'est plus active. Votre message sera détruit sans lecture.\n"
     "Merci d'écrire désormais à bonjour@client.example.\n"),
])
def test_a_role_account_that_says_its_own_address_is_closed(sender: str, body: str) -> None:
    report = _auto_reply(body, sender=sender)
    assert report.kind == "failed"
    assert [r.address for r in report.recipients] == ["contact@client.example"]


def test_an_offices_reply_asking_to_take_a_leaver_off_stays_a_request() -> None:
    body = "Tom Baker (tom@client.example) left the firm in March. Please stop sending emails to him.\n"
    report = readers_reply(body, sender="Office <office@client.example>")
    assert kind_and_reasons(report) == ("unsubscribe", [("tom@client.example", "unsubscribe")])


def test_a_noreply_auto_reply_naming_a_colleague_to_contact_is_an_auto_reply() -> None:
    body = "Vă mulțumim pentru mesaj. Pentru comenzi scrieți la vanzari@client.example.\n"
    report = _auto_reply(body, sender="Client <noreply@client.example>")
    assert report.kind == "auto_reply"


# ---- challenges and requests ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("sender, subject, body, address", [
    ("Spamfilter <verify@client.example>", "Bevestiging vereist",
     "Uw bericht aan wim@client.example is tegengehouden.\nBevestig eenmalig dat u een mens bent via de link hieronder.\n"
     "De ontvanger accepteert alleen e-mail van bevestigde afzenders.\n", "wim@client.example"),
    ("Ochrona <weryfikacja@client.example>", "Weryfikacja nadawcy",
     "Twoja wiadomość do ewa@client.example czeka na weryfikację.\nPrzepisz kod z obrazka, byśmy mogli upewnić się, że nie "
     "jesteś robotem.\n", "ewa@client.example"),
    ("Skräppostskydd <verifiera@client.example>", "Verifiera avsändaren",
     "Ditt meddelande till karin@client.example har inte levererats ännu.\nMottagaren tar bara emot e-post från godkända "
     "avsändare. Bekräfta att du är en människa via länken.\n", "karin@client.example"),
    ("Protecție <confirmare@client.example>", "Confirmați expeditorul",
     "Mesajul dvs. către dan@client.example a fost reținut până când confirmați că sunteți o persoană reală.\n"
     "Răspundeți la acest e-mail fără a modifica subiectul.\n", "dan@client.example"),
    ("Zemplén <verify@client.example>", "Megerősítés szükséges",
     "A(z) laszlo@client.example címre küldött üzenetét visszatartottuk. Kérjük, igazolja, hogy Ön valódi személy, és írja "
     "be a képen látható kódot.\n", "laszlo@client.example"),
    ("Kriti Anti-Spam <verify@client.example>", "Επιβεβαίωση αποστολέα",
     "Το μήνυμά σας προς eleni@client.example περιμένει επιβεβαίωση. Για να αποδείξετε ότι δεν είστε αυτοματοποιημένο "
     "πρόγραμμα, απαντήστε χωρίς να αλλάξετε το θέμα.\n", "eleni@client.example"),
])
def test_a_challenge_in_more_languages_names_the_person_it_protects(sender: str, subject: str, body: str,
                                                                     address: str) -> None:
    report = classify(mail(f"From: {sender}\nTo: news@shop.example\nSubject: {subject}\n{UTF8}", body))
    assert kind_and_reasons(report) == ("challenge", [(address, "challenge")])


@pytest.mark.parametrize("body", [
    "Bună ziua,\n\nvă rog să mă scoateți de pe lista dvs. de e-mailuri.\n",
    "Nu mai doresc să primesc aceste mesaje.\n",
    "Tafadhali niondoe kwenye orodha yenu ya barua pepe.\n",
    "Sitaki kupokea matangazo haya tena.\n",
    "Kérem, töröljenek a levelezőlistájukról, nem szeretnék több reklámlevelet kapni.\n",
    "Молим вас да ме уклоните са ваше листе.\n",
    "Pakitanggal po ako sa inyong mailing list.\n",
])
def test_a_readers_request_in_more_languages(body: str) -> None:
    report = readers_reply(body, sender="Reader <reader@client.example>")
    assert kind_and_reasons(report) == ("unsubscribe", [("reader@client.example", "unsubscribe")])


def test_a_romanian_reader_who_wants_the_mailing_is_no_request() -> None:
    report = readers_reply("Vă mulțumesc, lista dvs. de oferte îmi este foarte utilă.\n", sender="Reader <reader@client.example>")
    assert report.kind != "unsubscribe"


# ---- reports by relays in other layouts -------------------------------------------------------------------------------
def test_a_csv_report_with_a_status_cell_names_its_failed_row() -> None:
    body = ("Zustellbericht für Auftrag 4711\n\nAbsender: news@shop.example\nBetreff: June news\n\n"
            "empfaenger;status;code;meldung\n"
            "g.brandt@client.example;FEHLGESCHLAGEN;550;5.1.1 <g.brandt@client.example>: Recipient address rejected: "
            "User unknown in local recipient table\n")
    report = classify(mail(f"From: Relay <reports@relay.example>\nTo: news@shop.example\nSubject: Zustellbericht 4711\n{UTF8}",
                           body))
    assert report.kind == "failed"
    assert ("g.brandt@client.example", "user_unknown") in kind_and_reasons(report)[1]


def test_a_key_value_report_under_a_romanian_subject() -> None:
    body = ("Destinatar: gabriela@client.example\nRezultat: 550 5.1.1 Utilizator necunoscut / user unknown\n"
            "Expeditor: news@shop.example\nSubiect: June news\n")
    report = classify(mail(f"From: Serviciu <mailer@relay.example>\nTo: news@shop.example\nSubject: Raport de livrare\n{UTF8}",
                           body))
    assert kind_and_reasons(report) == ("failed", [("gabriela@client.example", "user_unknown")])


def test_a_parcels_delivery_report_is_no_bounce() -> None:
    body = "Zustellbericht: Ihr Paket 00340434 wurde heute um 10:12 an den Empfänger übergeben.\n"
    report = classify(mail(f"From: Paketdienst <info@parcel.example>\nTo: news@shop.example\nSubject: Zustellbericht\n{UTF8}",
                           body))
    assert report.kind == "not_bounce"


def test_sympas_request_to_the_lists_moderators_is_no_report() -> None:
    body = ("One new message for list news@lists.shop.example from someone@else.example arrived.\n\n"
            "The message is held for moderation; it has not been distributed.\n\n"
            "To distribute the attached message in list news:\n  https://lists.shop.example/distribute/news/1\n")
    report = classify(mail(f"From: SYMPA <sympa@lists.shop.example>\nTo: owner@shop.example\n"
                           f"Subject: Article to moderate for list news\n{UTF8}", body))
    assert report.kind == "not_bounce"


# ---- the reader's own mailbox, abuse desks, acknowledgements -----------------------------------------------------------
@pytest.mark.parametrize("body", [
    "Beste gebruiker,\n\nUw mailbox news@shop.example heeft 99% van de opslaglimiet bereikt. Inkomende berichten worden "
    "binnenkort geweigerd.\nKlik hier om uw mailbox te upgraden.\n",
    "Estimado usuario:\n\nSu buzón news@shop.example está lleno. Los mensajes entrantes serán rechazados.\n",
    "Caro utente,\n\nla sua casella news@shop.example ha superato la quota. I nuovi messaggi saranno rifiutati.\n",
])
def test_a_warning_or_lure_about_the_readers_own_mailbox_is_no_report(body: str) -> None:
    report = classify(mail(f"From: Postmaster <postmaster@mailhost.example>\nTo: news@shop.example\nSubject: Mailbox\n{UTF8}", body))
    assert report.kind == "not_bounce"


@pytest.mark.parametrize("text", [
    "Wij ontvingen van een van onze klanten een klacht over ongevraagde e-mail afkomstig van uw netwerk.",
    "Abbiamo ricevuto un reclamo da uno dei nostri clienti per posta non richiesta inviata dalla vostra rete.",
    "Recebemos uma denúncia de SPAM de um usuário referente à mensagem abaixo, enviada a partir da sua rede.",
    "Otrzymaliśmy skargę od jednego z naszych klientów na niechcianą pocztę z Państwa sieci.",
])
def test_an_abuse_desks_complaint_received_in_more_languages(text: str) -> None:
    body = (f"{text}\n\n---------- Original ----------\nFrom: news@shop.example\nTo: reader@isp.example\n"
            "Subject: June news\n\nHello\n")
    report = classify(mail(f"From: Abuse <abuse@isp.example>\nTo: postmaster@shop.example\nSubject: Complaint\n{UTF8}", body))
    assert kind_and_reasons(report) == ("complaint", [("reader@isp.example", "complaint")])


@pytest.mark.parametrize("subject, body", [
    ("Protocolo 2025.05.0001 - Manifestação registrada",
     "Sua manifestação foi registrada sob o protocolo nº 2025.05.0001.\n\nEsta é uma mensagem automática, favor não responder.\n"),
    ("[Melding #48213] June news",
     "Bedankt voor uw bericht. Wij hebben het geregistreerd onder meldingnummer 48213.\n\nDit is een automatisch bericht.\n"),
])
def test_a_request_recorded_under_a_number_is_an_acknowledgement(subject: str, body: str) -> None:
    report = classify(mail(f"From: Desk <desk@office.example>\nTo: news@shop.example\nSubject: {subject}\n"
                           f"Auto-Submitted: auto-generated\n{UTF8}", body))
    assert report.kind == "auto_reply"


# ---- Greek, Hungarian, Serbian, Albanian, Georgian, Armenian, Amharic, Bengali, Tamil, Tagalog ------------------------
@pytest.mark.parametrize("body, address", [
    ("Ο διαχειριστής αποδέσμευσε από την καραντίνα το μήνυμα που στείλατε στον maria@client.example.\n"
     "Το μήνυμα παραδόθηκε στο γραμματοκιβώτιο του παραλήπτη.\n", "maria@client.example"),
    ("Администратор је пустио из карантина поруку коју сте послали на адресу jovan@client.example.\n"
     "Порука је испоручена примаоцу.\n", "jovan@client.example"),
    ("A mensagem que enviou para rui@client.example foi libertada da quarentena e já foi entregue.\n", "rui@client.example"),
    ("Message trace for your message to eva@client.example\n  2025-03-11 10:02  Delivered  mailbox server\n"
     "  2025-03-11 10:01  Released  by administrator\n  2025-03-11 08:14  Quarantined  spam score 6.2\n"
     "Sender: news@shop.example\nSubject: June news\n", "eva@client.example"),
    # delivered to their mailbox; Chinese, Turkish
    ("Your email was held in quarantine. It has now been released by the recipient and delivered to their mailbox.\n"
     "Sender:    news@shop.example\nRecipient: ann@client.example\n", "ann@client.example"),
    ("您发送的邮件曾被邮件安全网关暂时隔离。\n管理员已审核并释放该邮件，邮件已成功投递给收件人。\n"
     "发件人: news@shop.example\n收件人: ann@client.example\n", "ann@client.example"),
    ("Gönderdiğiniz ileti karantinaya alınmıştı. Yönetici iletiyi serbest bıraktı ve ileti alıcıya teslim edildi.\n"
     "Gönderen: news@shop.example\nAlıcı:    ann@client.example\n", "ann@client.example"),
])
def test_a_release_said_mid_sentence_or_newest_first(body: str, address: str) -> None:
    report = _notice("Client Email Security <quarantine@client.example>", "Released", body, null=True)
    assert kind_and_reasons(report) == ("delivered", [(address, "delivered")])


def test_a_domino_report_of_several_recipients_reads_each_ones_words() -> None:
    text = ("Your message\n  Subject: June news\nwas not delivered to:\n  Hans Weber/Sales/ACME@ACME\nbecause:\n"
            "  User Hans Weber/Sales/ACME (hans.weber@client.example) not listed in Domino Directory\n")
    dsn = ("Reporting-MTA: dns; notes.client.example\n\n"
           "Final-Recipient: rfc822;hans.weber@client.example\nAction: failed\nStatus: 5.0.0\n\n"
           "Final-Recipient: rfc822;einkauf@client.example\nAction: failed\nStatus: 5.0.0\n")
    report = classify(_report("Postmaster@client.example", "DELIVERY FAILURE", text, dsn))
    assert ("hans.weber@client.example", "user_unknown") in kind_and_reasons(report)[1]


def test_a_moved_persons_new_address_under_its_label_is_no_recipient() -> None:
    body = ("Ваш лист НЕ ДОСТАВЛЕНО.\n\nПоштова скринька olena@client.example закрита: співробітниця більше не працює в "
            "компанії.\nЇї нова адреса: olena.k@elsewhere.example\n")
    report = _notice("Postmaster <postmaster@client.example>", "Не доставлено: June news", body)
    assert kind_and_reasons(report) == ("failed", [("olena@client.example", "has_moved")])


# ---- fields in any language, read by whose addresses they hold --------------------------------------------------------
@pytest.mark.parametrize("body", [
    # Irish, Belarusian, Zulu labels the tables do not hold: our address and one of the product's organisation, a finding
    "Níor seachadadh do theachtaireacht. Braitheadh víreas i gceangaltán.\n\nSeoltóir:     news@shop.example\n"
    "Faighteoir:   siobhan@client.example\nÁbhar:        June news\n",
    "Адпраўнік:    news@shop.example\nАтрымальнік:  ales@client.example\n\nПаведамленне прызнана спамам і адхілена.\n",
    "Umthumeli:   news@shop.example\nUmamukeli:   thandi@client.example\n\nUmlayezo wakho ubanjwe ku-quarantine.\n",
])
def test_a_notice_read_by_whose_addresses_its_fields_hold(body: str) -> None:
    report = _notice("Client Mail Security <guard@client.example>", "Notice", body, null=True)
    assert report.kind == "failed"
    assert [r.address.split("@")[1] for r in report.recipients] == ["client.example"]


@pytest.mark.parametrize("headers, body", [
    # a person's forward of our mail (no automatic notice): its header block is no field block
    ("From: Siobhan <siobhan@client.example>\nTo: news@shop.example\nSubject: Fwd: June news\n",
     "Féach thíos, víreas?\n\nSeoltóir: news@shop.example\nFaighteoir: siobhan@client.example\n"),
    # an automatic notice whose fields hold two of the organisation's addresses: which one was stopped, the block does not say
    ("From: Guard <guard@client.example>\nTo: news@shop.example\nSubject: Notice\nAuto-Submitted: auto-generated\n",
     "Seoltóir: news@shop.example\nFaighteoir: a@client.example\nCóip: b@client.example\n\nBraitheadh víreas.\n"),
])
def test_what_is_no_field_block_of_a_stopped_message(headers: str, body: str) -> None:
    assert classify(mail(headers + UTF8, body)).kind != "failed"


def test_a_groupwise_report_names_its_recipient_by_user_id() -> None:
    text = "The message that you sent was undeliverable to the following:\n\tldunn (user not found)\n"
    dsn = "Reporting-MTA: dns;gwia.client.example\n\nFinal-Recipient: rfc822;ldunn@client.example\nAction: failed\nStatus: 5.0.0\n"
    raw = _report("Mail Delivery System <postmaster@client.example>", "Message status - undeliverable", text, dsn)
    assert kind_and_reasons(classify(raw)) == ("failed", [("ldunn@client.example", "user_unknown")])


def test_a_hold_pending_an_administrators_approval() -> None:
    body = ("Held pending administrator approval: the message addressed to d.okafor@client.example from you on 10 Mar 2025.\n"
            "It will be delivered only if an administrator approves it.\n")
    report = _notice("Trellix Email Security <trellix@client.example>", "Review required before delivery", body)
    assert kind_and_reasons(report) == ("failed", [("d.okafor@client.example", "on_hold")])


def test_a_challenge_that_quotes_our_subject_names_the_person_it_protects() -> None:
    body = ("I use a challenge-response system to keep spam out of my inbox. Your message \"June news\" to tom@client.example "
            "is waiting.\nTo prove you are a real person, click the link below once and your message will be delivered.\n")
    report = classify(mail(f"From: Tom <verify@client.example>\nTo: news@shop.example\nSubject: Please verify your message\n{UTF8}",
                           body))
    assert kind_and_reasons(report) == ("challenge", [("tom@client.example", "challenge")])


# ---- what the field rules must not take, and more of what they must -----------------------------------------------------
def test_a_ticket_acknowledgement_quoting_our_fields_is_no_security_notice() -> None:
    body = ("Thank you for contacting support. This is an automatic confirmation that we have received your request and "
            "created ticket #481223.\n  From:    news@shop.example\n  To:      support@client.example\n"
            "  Subject: June news\nPlease check your spam or junk folder if you do not see our reply.\n")
    report = classify(mail(f"From: Support <support@client.example>\nTo: news@shop.example\nSubject: [Ticket #481223] June news\n"
                           f"Auto-Submitted: auto-replied\n{UTF8}", body))
    assert report.kind != "failed"


def test_a_delivery_report_after_a_clean_sandbox_analysis_is_a_delivery() -> None:
    body = ("Delivery report\nSender:         news@shop.example\nRecipient:      yuki@client.example\n"
            "Sandbox result: clean - no malware found\nStatus:         Delivered to mailbox\n")
    report = _notice("Email Threat Protection <etp@client.example>", "Delivery report", body)
    assert kind_and_reasons(report) == ("delivered", [("yuki@client.example", "delivered")])


def test_a_list_managers_request_for_its_owners_approval_is_no_report() -> None:
    body = ("Held pending administrator approval: a message from h.brookes@else.example to gardeners@lists.shop.example "
            "requires your approval.\n  Reason:  Post by non-member\n")
    report = classify(mail(f"From: gardeners-list-owner@lists.shop.example\nTo: owner@shop.example\n"
                           f"Subject: Message held pending your approval\n{UTF8}", body))
    assert report.kind == "not_bounce"


def test_a_groupwise_user_id_without_the_addresses_dots() -> None:
    text = "The message that you sent was undeliverable to the following:\n\tldunn (user not found)\n"
    dsn = "Reporting-MTA: dns;gwia.client.example\n\nFinal-Recipient: rfc822;l.dunn@client.example\nAction: failed\nStatus: 5.0.0\n"
    raw = _report("Mail Delivery System <postmaster@client.example>", "Message status - undeliverable", text, dsn)
    assert kind_and_reasons(classify(raw)) == ("failed", [("l.dunn@client.example", "user_unknown")])


# ---- the last round's findings --------------------------------------------------------------------------------------
@pytest.mark.parametrize("subject, body", [
    ("Kvittens: Faktura 2024122 mottagen", "Detta är ett automatiskt meddelande.\nVi har tagit emot ditt e-postmeddelande med 1 "
     "bifogad PDF-fil för tolkning.\n"),
    ("Vastaanottokuittaus: Faktura 2024140", "Laskusi on vastaanotettu ja siirretty käsittelyyn.\n"),
    ("Tak for din henvendelse", "Tak for din mail. Vi har modtaget din henvendelse og vender tilbage hurtigst muligt.\n"),
])
def test_a_nordic_receipt_of_our_mail_is_an_acknowledgement(subject: str, body: str) -> None:
    report = classify(mail(f"From: Desk <desk@client.example>\nTo: news@shop.example\nSubject: {subject}\n"
                           f"Auto-Submitted: auto-generated\n{UTF8}", body))
    assert report.kind == "auto_reply"


def test_a_new_mail_whose_subject_is_the_request_and_whose_text_says_it_again() -> None:
    report = classify(mail(f"From: Jens <jens@client.example>\nTo: news@shop.example\nSubject: Afmeld\n{UTF8}",
                           "Afmeld venligst mit nyhedsbrev. Tak.\n\nMed venlig hilsen\nJens\n"))
    assert kind_and_reasons(report) == ("unsubscribe", [("jens@client.example", "unsubscribe")])


def test_a_personal_quarantine_digest_in_german_is_no_report() -> None:
    body = ("Mimecast: Persönlicher Digest – Nachrichten in Quarantäne\nFolgende Nachrichten an Sie wurden zurückgehalten:\n"
            "  rechnung@else.example – Ihre Sendung wartet (Phishing)\n")
    report = classify(mail(f"From: Mimecast Digest <postmaster@shop.example>\nTo: news@shop.example\n"
                           f"Subject: Ihr persönlicher Quarantäne-Digest\n{UTF8}", body))
    assert report.kind == "not_bounce"


def test_a_new_mail_whose_subject_names_the_request_with_the_mailing() -> None:
    report = classify(mail(f"From: Anne <anne@client.example>\nTo: news@shop.example\nSubject: Afmeld nyhedsbrev\n{UTF8}",
                           "Hej. Vil I venligst fjerne min e-mail fra jeres nyhedsbrev. Tak.\n"))
    assert kind_and_reasons(report) == ("unsubscribe", [("anne@client.example", "unsubscribe")])


def test_a_new_mail_that_asks_how_to_unsubscribe_a_colleague_is_no_request() -> None:
    report = classify(mail(f"From: Anne <anne@client.example>\nTo: news@shop.example\nSubject: Unsubscribe?\n{UTF8}",
                           "How do I unsubscribe my colleague from your newsletter?\n"))
    assert report.kind != "unsubscribe"
