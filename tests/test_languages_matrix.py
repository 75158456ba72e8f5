"""The reasons x languages matrix of filter/core/knowledge/languages.py, cell by cell.

Every sentence below was written for this test, in the shape a localised server or a localised
Outlook / Exchange NDR words the cause (not copied from any bounce): one per phrase group added
for a language that lacked the reason.  Each is decided as a bare diagnostic, under a vague status
(5.0.0), and inside a whole Postfix-style text bounce, and its class is checked too.
"""
from __future__ import annotations

import pytest

import filter
from filter.core.classifier import decide
from filter.core.model import reason_class
from filter.core.patterns import matches

# (language, sentence, reason)
CELLS = [
    # ---- user_unknown: Finnish, Hungarian, Romanian, Greek -------------------------------------
    ("fi", "Vastaanottajaa ei löydy tästä järjestelmästä", "user_unknown"),
    ("fi", "Antamaasi sähköpostiosoitetta ei löytynyt", "user_unknown"),
    ("fi", "Tuntematon käyttäjä", "user_unknown"),
    ("hu", "A címzett nem létezik", "user_unknown"),
    ("hu", "Ismeretlen felhasználó a kiszolgálón", "user_unknown"),
    ("hu", "Nincs ilyen postafiók", "user_unknown"),
    ("ro", "Destinatarul nu există", "user_unknown"),
    ("ro", "Adresa de e-mail nu a fost găsită", "user_unknown"),
    ("ro", "Utilizator necunoscut", "user_unknown"),
    ("el", "Ο παραλήπτης δεν υπάρχει", "user_unknown"),
    ("el", "Αγνωστος χρηστης", "user_unknown"),
    # ---- host_unknown: "the domain of the recipient" is the domain, not the user ---------------
    ("de", "Die Domain des Empfängers konnte nicht gefunden werden", "host_unknown"),
    ("fr", "Le nom de domaine du destinataire est introuvable", "host_unknown"),
    ("es", "El dominio del destinatario no existe", "host_unknown"),
    ("it", "Il dominio del destinatario non esiste", "host_unknown"),
    ("pt", "O domínio do destinatário não existe", "host_unknown"),
    ("nl", "Het domein van de ontvanger bestaat niet", "host_unknown"),
    ("cs", "Doména příjemce neexistuje", "host_unknown"),
    ("ru", "Домен получателя не существует", "host_unknown"),
    ("uk", "Домен отримувача не існує", "host_unknown"),
    ("tr", "Alıcının alan adı bulunamadı", "host_unknown"),
    ("sv", "Mottagarens domän finns inte", "host_unknown"),
    ("da", "Modtagerens domæne findes ikke", "host_unknown"),
    ("no", "Mottakerens domene finnes ikke", "host_unknown"),
    ("fi", "Vastaanottajan toimialuetta ei ole olemassa", "host_unknown"),
    ("hu", "A címzett tartománya nem létezik", "host_unknown"),
    ("ro", "Domeniul destinatarului nu există", "host_unknown"),
    ("el", "Ο τομέας του παραλήπτη δεν υπάρχει", "host_unknown"),
    # ---- mailbox_full ----------------------------------------------------------------------------
    ("de", "Das Postfach des Empfängers hat sein Speicherlimit erreicht", "mailbox_full"),
    ("sk", "Schránka príjemcu je plná", "mailbox_full"),
    ("da", "Modtagerens postkasse er fuld", "mailbox_full"),
    ("no", "Mottakerens postkasse er full", "mailbox_full"),
    ("fi", "Vastaanottajan postilaatikko on täynnä", "mailbox_full"),
    ("fi", "Postilaatikon kiintiö on ylittynyt", "mailbox_full"),
    ("hu", "A címzett postafiókja megtelt", "mailbox_full"),
    ("hu", "A tárhely kvótája túllépve", "mailbox_full"),
    ("ro", "Căsuța poștală a destinatarului este plină", "mailbox_full"),
    ("ro", "Cota de stocare a fost depășită", "mailbox_full"),
    ("el", "Το γραμματοκιβώτιο του παραλήπτη είναι πλήρες", "mailbox_full"),
    ("el", "Υπέρβαση του ορίου αποθήκευσης", "mailbox_full"),
    # ---- suspended ---------------------------------------------------------------------------------
    ("es", "La cuenta del destinatario está desactivada", "suspended"),
    ("pt", "A conta do destinatário está desativada", "suspended"),
    ("it", "L'account del destinatario è stato sospeso", "suspended"),
    ("nl", "Het account van de ontvanger is geblokkeerd", "suspended"),
    ("sv", "Mottagarens konto är avstängt", "suspended"),
    ("da", "Modtagerens konto er spærret", "suspended"),
    ("no", "Mottakerens konto er sperret", "suspended"),
    ("fi", "Vastaanottajan tili on poistettu käytöstä", "suspended"),
    ("hu", "A címzett fiókja le van tiltva", "suspended"),
    ("ro", "Contul destinatarului este suspendat", "suspended"),
    ("el", "Ο λογαριασμός του παραλήπτη έχει απενεργοποιηθεί", "suspended"),
    ("ko", "받는 사람의 계정이 정지되었습니다", "suspended"),
    # ---- expired -----------------------------------------------------------------------------------
    ("de", "Die Nachricht konnte nach 5 Tagen nicht zugestellt werden", "expired"),
    ("it", "Il messaggio non è stato consegnato entro 5 giorni", "expired"),
    ("pt", "Não foi possível entregar a mensagem após 5 dias", "expired"),
    ("nl", "Het bericht kon binnen 2 dagen niet worden afgeleverd", "expired"),
    ("cs", "Zprávu se nepodařilo doručit během 5 dnů", "expired"),
    ("sk", "Správu sa nepodarilo doručiť počas 5 dní", "expired"),
    ("tr", "İleti 5 gün içinde teslim edilemedi", "expired"),
    ("sv", "Meddelandet kunde inte levereras inom 5 dagar", "expired"),
    ("da", "Meddelelsen kunne ikke leveres inden for 5 dage", "expired"),
    ("no", "Meldingen kunne ikke leveres innen 5 dager", "expired"),
    ("fi", "Viestiä ei voitu toimittaa 5 päivän aikana", "expired"),
    ("hu", "Az üzenetet 5 napon belül nem sikerült kézbesíteni", "expired"),
    ("ro", "Mesajul nu a putut fi livrat în 5 zile", "expired"),
    ("el", "Το μήνυμα δεν ήταν δυνατό να παραδοθεί εντός 5 ημερών", "expired"),
    # ---- message_too_large ---------------------------------------------------------------------
    ("de", "Die Nachricht überschreitet die maximal zulässige Größe", "message_too_large"),
    ("it", "Il messaggio supera la dimensione massima consentita", "message_too_large"),
    ("nl", "Het bericht is groter dan de maximaal toegestane grootte", "message_too_large"),
    ("pl", "Wiadomość przekracza maksymalny dozwolony rozmiar", "message_too_large"),
    ("cs", "Zpráva překračuje maximální povolenou velikost", "message_too_large"),
    ("sk", "Správa prekračuje maximálnu povolenú veľkosť", "message_too_large"),
    ("tr", "İleti boyutu izin verilen sınırı aşıyor", "message_too_large"),
    ("fi", "Viesti on liian suuri", "message_too_large"),
    ("hu", "Az üzenet túl nagy", "message_too_large"),
    ("ro", "Mesajul este prea mare", "message_too_large"),
    ("el", "Το μήνυμα είναι πολύ μεγάλο", "message_too_large"),
    ("ko", "메일 크기가 제한을 초과했습니다", "message_too_large"),
    # the message, not the mailbox, is the subject: its size
    ("de", "Die Nachricht überschreitet die Größenbeschränkung des Postfachs", "message_too_large"),
    # ---- spam_detected -----------------------------------------------------------------------------
    ("fi", "Viesti hylättiin roskapostina", "spam_detected"),
    ("hu", "Az üzenetet spamként elutasították", "spam_detected"),
    ("hu", "Kéretlen levél, elutasítva", "spam_detected"),
    ("el", "Το μήνυμα απορρίφθηκε ως ανεπιθύμητο", "spam_detected"),
    # ---- rate_limited ------------------------------------------------------------------------------
    ("sk", "Príliš veľa správ, skúste to neskôr", "rate_limited"),
    ("da", "For mange meddelelser, prøv igen senere", "rate_limited"),
    ("fi", "Liian monta viestiä, yritä myöhemmin uudelleen", "rate_limited"),
    ("hu", "Túl sok üzenet, próbálja újra később", "rate_limited"),
    ("ro", "Prea multe mesaje, încercați din nou mai târziu", "rate_limited"),
    ("el", "Πάρα πολλά μηνύματα, δοκιμάστε ξανά αργότερα", "rate_limited"),
    # ---- no_relaying -------------------------------------------------------------------------------
    ("de", "Relaying nicht erlaubt", "no_relaying"),
    ("de", "Relay-Zugriff verweigert", "no_relaying"),
    ("fr", "Relais non autorisé", "no_relaying"),
    ("es", "Relay no permitido para este dominio", "no_relaying"),
    ("it", "Relay non consentito", "no_relaying"),
    ("pt", "Relay não permitido", "no_relaying"),
    ("nl", "Relayen niet toegestaan", "no_relaying"),
    ("ru", "Ретрансляция запрещена", "no_relaying"),
    ("ja", "中継は許可されていません", "no_relaying"),
    ("zh", "不允许中继", "no_relaying"),
    ("ko", "릴레이가 허용되지 않습니다", "no_relaying"),
    # ---- user_unknown: "invalid" after the noun, "mailbox non-existent" -------------------------
    ("de", "Die Empfängeradresse ist ungültig", "user_unknown"),
    ("fr", "Boîte aux lettres inexistante", "user_unknown"),
    ("fr", "Adresse e-mail non valide", "user_unknown"),
    ("pt", "Caixa de correio inexistente", "user_unknown"),
    ("pl", "Adres e-mail odbiorcy jest nieprawidłowy", "user_unknown"),
    ("ja", "宛先のメールアドレスは無効です", "user_unknown"),
    ("zh", "无效的邮箱地址", "user_unknown"),
    ("zh", "收件人邮箱地址无效", "user_unknown"),
    # ---- user_unknown: the account was deleted or cancelled ------------------------------------
    ("de", "Das Postfach des Empfängers wurde gelöscht", "user_unknown"),
    ("fr", "Le compte du destinataire a été supprimé", "user_unknown"),
    ("es", "La cuenta de correo ha sido eliminada", "user_unknown"),
    ("it", "L'account del destinatario è stato eliminato", "user_unknown"),
    ("pt", "A conta do destinatário foi excluída", "user_unknown"),
    ("nl", "Het account van de ontvanger is verwijderd", "user_unknown"),
    ("pl", "Konto odbiorcy zostało usunięte", "user_unknown"),
    ("ja", "このアカウントは削除されました", "user_unknown"),
    ("zh", "该帐号已注销", "user_unknown"),
    ("zh-tw", "此帳號已註銷", "user_unknown"),
    ("ko", "계정이 삭제되었습니다", "user_unknown"),
    # ---- user_unknown: not listed in a (Domino) directory ----------------------------------------
    ("fr", "Utilisateur jean.dupont non répertorié dans l'annuaire Domino", "user_unknown"),
    ("it", "L'utente non è elencato nella rubrica Domino", "user_unknown"),
    ("pt", "O usuário não está listado no diretório Domino", "user_unknown"),
    ("nl", "Gebruiker niet vermeld in de Domino-directory", "user_unknown"),
    ("zh", "在 Domino 目录中找不到该用户", "user_unknown"),
    # ---- host_unknown: the mail server not found, the name not resolved ----------------------------
    ("de", "Der Zielserver wurde nicht gefunden", "host_unknown"),
    ("fr", "Le serveur de destination est introuvable", "host_unknown"),
    ("es", "No se encontró el servidor de destino", "host_unknown"),
    ("ru", "Сервер получателя не найден", "host_unknown"),
    ("ja", "送信先のメールサーバーが見つかりません", "host_unknown"),
    ("zh", "找不到对方邮件服务器", "host_unknown"),
    ("zh", "域名解析失败", "host_unknown"),
    # ---- mailbox_full, another word order ----------------------------------------------------------
    ("ja", "メールボックスの容量が不足しています", "mailbox_full"),
    ("pl", "Przekroczono limit miejsca w skrzynce odbiorcy", "mailbox_full"),
    # ---- mailbox_full: the mailbox, named as the subject, exceeded its size limit or quota ------------
    ("de", "Das Postfach hat die Größenbeschränkung überschritten", "mailbox_full"),
    ("de", "Postkasten voll", "mailbox_full"),
    ("fr", "La boîte aux lettres a dépassé sa limite de taille", "mailbox_full"),
    ("es", "El buzón del destinatario ha superado su cuota", "mailbox_full"),
    ("it", "La casella ha raggiunto la dimensione massima", "mailbox_full"),
    ("pt", "A caixa de correio atingiu o limite de tamanho máximo", "mailbox_full"),
    ("pt", "Cota da caixa postal excedida", "mailbox_full"),
    ("nl", "Het postvak heeft de maximale grootte bereikt", "mailbox_full"),
    ("pl", "Skrzynka odbiorcy przekroczyła limit", "mailbox_full"),
    ("ru", "Почтовый ящик превысил допустимый размер", "mailbox_full"),
    ("ru", "Нет свободного места в почтовом ящике", "mailbox_full"),
    ("ja", "メールボックスが容量制限を超えています", "mailbox_full"),
    ("zh", "邮箱容量超出限制", "mailbox_full"),
    ("zh-tw", "信箱容量超過上限", "mailbox_full"),
    # ---- rejected: our envelope sender -----------------------------------------------------------
    ("fr", "Emetteur invalide. Veuillez vérifier votre adresse", "rejected"),
    # ---- blocked: "the mails you sent were blocked by our services" --------------------------------
    ("fr", "Les messages envoyés vers notre messagerie ont été bloqués par nos services", "blocked"),
    ("de", "Ihre E-Mails wurden von unseren Systemen blockiert", "blocked"),
    ("es", "Sus mensajes han sido bloqueados por nuestros filtros", "blocked"),
    ("it", "I tuoi messaggi sono stati bloccati dai nostri sistemi", "blocked"),
    ("pt", "Suas mensagens foram bloqueadas pelos nossos servidores", "blocked"),
    # ---- rejected: our envelope sender, in more languages -----------------------------------------
    ("de", "Absenderadresse abgelehnt", "rejected"),
    ("de", "Absender-E-Mail-Adresse ist ungültig", "rejected"),
    ("de", "Absenderadresse unbekannt", "rejected"),
    ("fr", "Expéditeur refusé", "rejected"),
    ("es", "Remitente rechazado", "rejected"),
    ("it", "Mittente non autorizzato", "rejected"),
    ("pt", "Remetente bloqueado", "rejected"),
    ("nl", "Afzender geweigerd", "rejected"),
    ("pl", "Nadawca odrzucony", "rejected"),
    ("ru", "Адрес отправителя отклонён", "rejected"),
    ("ja", "送信者アドレスは拒否されました", "rejected"),
    ("zh", "发件人地址被拒绝", "rejected"),
    ("ko", "발신자 차단", "rejected"),
]
_IDS = [f"{c[0]}-{c[2]}-{i}" for i, c in enumerate(CELLS)]


@pytest.mark.parametrize("lang, sentence, reason", CELLS, ids=_IDS)
def test_cell_decides_alone_and_under_a_vague_code(lang: str, sentence: str, reason: str) -> None:
    assert decide(status=None, diagnostic=sentence, action="failed") == reason
    assert decide(status="5.0.0", diagnostic=f"550 {sentence}", action="failed") == reason


@pytest.mark.parametrize("lang, sentence, reason", CELLS, ids=_IDS)
def test_cell_in_a_whole_text_bounce(lang: str, sentence: str, reason: str) -> None:
    raw = ("From: MAILER-DAEMON@mx.example.net\nTo: a@sender.example\nSubject: Undelivered Mail Returned to Sender\n"
           "Content-Type: text/plain; charset=utf-8\n\nThis is the mail system at host mx.example.net.\n\n"
           f"<jo@dest.example>: host mx.dest.example[192.0.2.1] said: 550 {sentence} (in reply to end of DATA "
           "command)\n").encode()
    report = filter.classify(raw)
    assert report.kind == "failed"
    (rec,) = report.recipients
    assert (rec.address, rec.reason, rec.class_) == ("jo@dest.example", reason, reason_class(reason))


@pytest.mark.parametrize("sentence, reason", [
    ("Impossible d'établir une connexion avec le serveur distant", "network_error"),
    ("Nepodarilo sa pripojiť k serveru", "network_error"),
    ("Sunucuya bağlanılamadı", "network_error"),
    ("Det gick inte att ansluta till servern", "network_error"),
    ("Kunne ikke oprette forbindelse til serveren", "network_error"),
    ("Kunne ikke koble til serveren", "network_error"),
    ("Yhteyttä palvelimeen ei voitu muodostaa", "network_error"),
    ("Nem sikerült kapcsolódni a kiszolgálóhoz", "network_error"),
    ("Nu s-a putut conecta la server", "network_error"),
    ("Δεν ήταν δυνατή η σύνδεση με τον διακομιστή", "network_error"),
    ("서버에 연결할 수 없습니다", "network_error"),
    # the receiving server does not answer
    ("Der Mailserver des Empfängers ist nicht erreichbar", "network_error"),
    ("Le serveur du destinataire ne répond pas", "network_error"),
    ("El servidor de destino no responde", "network_error"),
    ("O servidor de destino não responde", "network_error"),
    ("Il server di destinazione non risponde", "network_error"),
    ("De server van de ontvanger reageert niet", "network_error"),
    ("Serwer odbiorcy nie odpowiada", "network_error"),
    ("Сервер получателя не отвечает", "network_error"),
    ("受信者のメールサーバーが応答しません", "network_error"),
    ("对方服务器无响应", "network_error"),
    ("상대 서버가 응답하지 않습니다", "network_error"),
])
def test_could_not_connect(sentence: str, reason: str) -> None:
    """A failed connection is a network error while retrying, and the sending MTA giving up
    (``expired``) in a final report."""
    assert decide(status="4.0.0", diagnostic=sentence, action="delayed") == reason
    assert decide(status=None, diagnostic=sentence, action="failed") == "expired"


@pytest.mark.parametrize("sentence", [
    # "forwarding" words: a recipient's own forwarding as often as a relay refusal, left open
    "Weiterleitung nicht erlaubt", "Videresendelse er ikke tilladt",
    # the recipient's block list is the recipient's filter, not a refusal of our address
    "Der Absender wurde vom Empfänger blockiert",
])
def test_not_a_relay_refusal_or_a_refused_sender(sentence: str) -> None:
    assert decide(status=None, diagnostic=sentence, action="failed") not in ("no_relaying", "rejected")


# ---- ordinary mail in the languages added here is no failure ----------------------------------
FAILURES = ("user_unknown", "host_unknown", "mailbox_full", "suspended", "message_too_large", "filtered",
            "spam_detected", "blocked", "rate_limited", "system_error", "expired", "network_error", "on_hold",
            "no_relaying", "rejected")


@pytest.mark.parametrize("text", [
    "olen lomalla 3. kesäkuuta asti ja vastaan viestiisi palattuani.",
    "kiitos viestistäsi, palaan asiaan mahdollisimman pian.",
    "szabadságon vagyok június 3-ig, visszatérésem után válaszolok.",
    "köszönöm a levelét, hamarosan válaszolok.",
    "sunt în concediu până pe 3 iunie și voi răspunde la întoarcere.",
    "vă mulțumim pentru mesaj, vă vom răspunde în curând.",
    "βρίσκομαι σε άδεια έως τις 3 ιουνίου και θα απαντήσω όταν επιστρέψω.",
    "ευχαριστούμε για το μήνυμά σας.",
    "jeg er på ferie til 3. juni og svarer, når jeg er tilbage.",
    "jeg er på ferie til 3. juni og svarer når jeg kommer tilbake.",
    "som na dovolenke do 3. júna, odpoviem po návrate.",
    "vaše zpráva byla úspěšně doručena.",
    "din meddelelse er blevet leveret.",
    "az üzenet sikeresen kézbesítve.",
    "viesti toimitettiin onnistuneesti.",
])
def test_ordinary_mail_says_no_failure(text: str) -> None:
    low = " ".join(text.split()).lower()
    assert [r for r in FAILURES if matches(r, low)] == []


@pytest.mark.parametrize("sentence", [
    "Absender-E-Mail-Adresse ist ungültig", "Absenderadresse unbekannt", "Expéditeur refusé", "Remitente rechazado",
    "Адрес отправителя отклонён",
])
def test_our_own_address_refused_under_a_user_unknown_code_is_no_hard_bounce(sentence: str) -> None:
    """Servers send 5.1.1 for an unknown *sender* too: the words name our address, so the class is
    block, never hard (issue 8, family 9)."""
    reason = decide(status="5.1.1", diagnostic=f"550 5.1.1 {sentence}", action="failed")
    assert reason == "rejected" and reason_class(reason) == "block"


@pytest.mark.parametrize("sentence", [
    "Relay niedozwolony", "Relaying není povolen", "Relay nie je povolené", "Relay заборонено", "Relay izin verilmiyor",
    "Relay är inte tillåten", "Relay ikke tilladt", "Relay ikke tillatt", "Relay ei ole sallittu",
    "Relay nem engedélyezett", "Relay nu este permis", "Το relay δεν επιτρέπεται", "不允許中繼",
])
def test_the_borrowed_word_relay_with_not_allowed(sentence: str) -> None:
    """Most languages keep the English "relay" and say "not allowed" in their own words (one group)."""
    reason = decide(status="5.7.1", diagnostic=f"554 5.7.1 {sentence}", action="failed")
    assert reason == "no_relaying" and reason_class(reason) == "block"


@pytest.mark.parametrize("subject, body, address", [
    ("Toimittamaton: Tarjous", "Viestiäsi ei voitu toimittaa seuraaville vastaanottajille:\n\n"
     "  matti@vastaanotto.example\n  Vastaanottajaa ei löydy.\n", "matti@vastaanotto.example"),
    ("Kézbesíthetetlen: Ajánlat", "Az üzenetet nem sikerült kézbesíteni a következő címzetteknek:\n\n"
     "  janos@cimzett.example\n  A címzett nem létezik.\n", "janos@cimzett.example"),
    ("Nu se poate livra: Ofertă", "Mesajul nu a putut fi livrat următorilor destinatari:\n\n"
     "  ion@destinatar.example\n  Destinatarul nu există.\n", "ion@destinatar.example"),
    ("Δεν είναι δυνατή η παράδοση: Προσφορά", "Το μήνυμα δεν ήταν δυνατό να παραδοθεί στους παρακάτω παραλήπτες:\n\n"
     "  nikos@paraliptis.example\n  Ο παραλήπτης δεν υπάρχει.\n", "nikos@paraliptis.example"),
])
def test_a_localised_report_in_the_added_languages(subject: str, body: str, address: str) -> None:
    from email.header import Header

    raw = (f"From: postmaster@relay.example\nTo: a@sender.example\nSubject: {Header(subject, 'utf-8').encode()}\n"
           f"Content-Type: text/plain; charset=utf-8\n\n{body}").encode()
    report = filter.classify(raw)
    assert report.kind == "failed"
    assert [(r.address, r.reason) for r in report.recipients] == [(address, "user_unknown")]
