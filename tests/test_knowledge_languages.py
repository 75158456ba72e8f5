"""filter/core/knowledge/languages.py: what servers and localised NDRs say in other languages.

Every wording below was written for this test (a sentence a server could plausibly send), not
taken from a bounce collection: one or more cases per phrase group (language x reason), decided
through ``filter.core.classifier.decide`` as the classifier sees a recipient record.
"""
from __future__ import annotations

import pytest

import filter
from filter.core.classifier import decide
from filter.core.knowledge import languages
from filter.core.patterns import PHRASES, _required_words, matches

# (language, status, diagnostic, command, expected reason)
CASES = [
    # ---- user_unknown: a specific code, or a reply to RCPT TO --------------------------------------
    ("de", "5.1.1", "550 5.1.1 <k.weber@example.de>: Empfänger unbekannt", None, "user_unknown"),
    ("de", None, "550 Benutzer existiert nicht", "RCPT", "user_unknown"),
    ("de", "5.1.1", "Die E-Mail-Adresse, an die Sie geschrieben haben, wurde nicht gefunden.", None, "user_unknown"),
    ("de", "5.0.0", "550 Unbekannter Empfaenger k.weber@example.de", "RCPT", "user_unknown"),
    ("fr", "5.1.1", "550 5.1.1 Utilisateur inconnu", None, "user_unknown"),
    ("fr", None, "550 Cette adresse n'existe pas sur ce serveur", "RCPT", "user_unknown"),
    ("fr", "5.1.1", "Adresse du destinataire introuvable dans l'annuaire", None, "user_unknown"),
    ("fr", None, "550 Destinataire invalide. Verifiez l'adresse", "RCPT", "user_unknown"),
    ("es", "5.1.1", "550 5.1.1 Usuario desconocido en este dominio", None, "user_unknown"),
    ("es", None, "550 El buzón de correo no existe", "RCPT", "user_unknown"),
    ("es", "5.1.1", "No se encontró la dirección de correo electrónico del destinatario", None, "user_unknown"),
    ("it", "5.1.1", "550 5.1.1 Utente inesistente", None, "user_unknown"),
    ("it", None, "550 L'indirizzo indicato non esiste", "RCPT", "user_unknown"),
    ("pt", "5.1.1", "550 5.1.1 Usuário inexistente neste servidor", None, "user_unknown"),
    ("pt", None, "550 A conta de e-mail informada não existe", "RCPT", "user_unknown"),
    ("nl", "5.1.1", "550 5.1.1 Ontvanger onbekend", None, "user_unknown"),
    ("nl", None, "550 Dit e-mailadres bestaat niet", "RCPT", "user_unknown"),
    ("pl", "5.1.1", "550 5.1.1 Podany adres odbiorcy nie istnieje", None, "user_unknown"),
    ("pl", None, "550 Nie ma takiego konta w naszym systemie", "RCPT", "user_unknown"),
    ("cs", "5.1.1", "550 5.1.1 Uživatel neexistuje", None, "user_unknown"),
    ("cs", None, "550 Neexistujici adresat", "RCPT", "user_unknown"),
    ("ru", "5.1.1", "550 5.1.1 Пользователь не найден", None, "user_unknown"),
    ("ru", None, "550 Такого почтового ящика нет: нет такого адресата", "RCPT", "user_unknown"),
    ("uk", "5.1.1", "550 5.1.1 Користувача не існує", None, "user_unknown"),
    ("sv", "5.1.1", "550 5.1.1 Mottagaren finns inte", None, "user_unknown"),
    ("da", None, "550 Modtageren findes ikke på denne server", "RCPT", "user_unknown"),
    ("no", "5.1.1", "E-postadressen du skrev inn, ble ikke funnet", None, "user_unknown"),
    ("tr", "5.1.1", "550 5.1.1 Kullanıcı bulunamadı", None, "user_unknown"),
    ("tr", None, "550 KULLANICI BULUNAMADI", "RCPT", "user_unknown"),
    ("ja", "5.1.1", "550 5.1.1 宛先のユーザーは存在しません", None, "user_unknown"),
    ("ja", None, "550 宛先不明のため配信できませんでした", "RCPT", "user_unknown"),
    ("zh", "5.1.1", "550 5.1.1 收件人不存在", None, "user_unknown"),
    ("zh", None, "550 该用户不存在，请核对地址", "RCPT", "user_unknown"),
    ("zh-tw", "5.1.1", "550 5.1.1 用戶不存在", None, "user_unknown"),
    ("ko", "5.1.1", "550 5.1.1 받는 사람이 존재하지 않습니다", None, "user_unknown"),
    # ---- host_unknown: vague or no status, no command -----------------------------------------
    ("de", "5.0.0", "Die Domain example.invalid existiert nicht", None, "host_unknown"),
    ("fr", None, "Le domaine example.invalid n'existe pas", None, "host_unknown"),
    ("es", "5.0.0", "Dominio inexistente: example.invalid", None, "host_unknown"),
    ("it", None, "Il dominio example.invalid non esiste", None, "host_unknown"),
    ("pt", "5.0.0", "Domínio não encontrado", None, "host_unknown"),
    ("pl", None, "Nie ma takiej domeny example.invalid", None, "host_unknown"),
    ("ru", None, "Домен example.invalid не существует", None, "host_unknown"),
    ("ja", None, "ドメインが存在しません: example.invalid", None, "host_unknown"),
    ("zh", "5.0.0", "域名不存在 example.invalid", None, "host_unknown"),
    # ---- mailbox_full -----------------------------------------------------------------------------
    ("de", "5.0.0", "552 Das Postfach des Empfängers ist voll", None, "mailbox_full"),
    ("de", None, "Benutzer hat das Speichervolumen ueberschritten", None, "mailbox_full"),
    ("de", "4.0.0", "452 Zu viele Mails auf dem Server fuer diesen Benutzer", None, "mailbox_full"),
    ("fr", "5.0.0", "552 Boite du destinataire pleine", None, "mailbox_full"),
    ("fr", None, "La boîte aux lettres est pleine, quota dépassé", None, "mailbox_full"),
    ("es", "5.0.0", "552 Buzón lleno", None, "mailbox_full"),
    ("es", None, "La casilla de correo esta llena", None, "mailbox_full"),
    ("it", None, "552 Casella piena", None, "mailbox_full"),
    ("pt", "5.0.0", "552 Caixa postal do destinatário está cheia", None, "mailbox_full"),
    ("nl", None, "Het postvak van de ontvanger is vol", None, "mailbox_full"),
    ("pl", "5.0.0", "552 Skrzynka odbiorcy jest przepełniona", None, "mailbox_full"),
    ("pl", None, "Skrzynka pelna", None, "mailbox_full"),
    ("cs", None, "Schránka příjemce je plná", None, "mailbox_full"),
    ("ru", "4.0.0", "452 Почтовый ящик получателя переполнен", None, "mailbox_full"),
    ("ru", None, "Превышена квота почтового ящика", None, "mailbox_full"),
    ("uk", None, "Скринька отримувача переповнена", None, "mailbox_full"),
    ("sv", None, "Mottagarens brevlåda är full", None, "mailbox_full"),
    ("da", None, "Postkassen er fuld", None, "mailbox_full"),
    ("tr", None, "Alıcının posta kutusu dolu", None, "mailbox_full"),
    ("ja", None, "受信者のメールボックスがいっぱいです", None, "mailbox_full"),
    ("ja", "5.0.0", "メールボックス容量オーバーのため受信できません", None, "mailbox_full"),
    ("zh", None, "552 收件人邮箱已满", None, "mailbox_full"),
    ("zh", "5.0.0", "对方邮箱空间不足，无法接收新邮件", None, "mailbox_full"),
    ("zh-tw", None, "收件者信箱已滿", None, "mailbox_full"),
    ("ko", None, "수신자의 메일함이 가득 찼습니다", None, "mailbox_full"),
    # ---- suspended ---------------------------------------------------------------------------------
    ("de", "5.0.0", "550 Das Postfach wurde deaktiviert", None, "suspended"),
    ("de", "5.0.0", "550 Das Konto des Empfängers wurde gesperrt", "RCPT", "suspended"),
    ("fr", None, "550 Le compte du destinataire est bloque", None, "suspended"),
    ("fr", "5.0.0", "Boite du destinataire archivee", None, "suspended"),
    ("es", None, "La cuenta ha sido suspendida", None, "suspended"),
    ("es", "5.0.0", "Esta casilla ha expirado por falta de uso", None, "suspended"),
    ("it", None, "Questa casella e' stata disattivata", None, "suspended"),
    ("it", "5.0.0", "Indirizzo bloccato per inutilizzo", None, "suspended"),
    ("pt", None, "A conta do usuário foi desativada", None, "suspended"),
    ("nl", None, "Deze mailbox is uitgeschakeld", None, "suspended"),
    ("pl", "5.0.0", "Konto jest zablokowane administracyjnie", None, "suspended"),
    ("cs", None, "Účet byl zablokován", None, "suspended"),
    ("ru", None, "Почтовый ящик заблокирован администратором", None, "suspended"),
    ("sv", None, "Kontot är avstängt", None, "suspended"),
    ("tr", None, "Kullanıcının hesabı askıya alındı", None, "suspended"),
    ("ja", None, "このアカウントは利用停止されています", None, "suspended"),
    ("zh", "5.0.0", "该邮箱已被冻结", None, "suspended"),
    ("ko", None, "사용중지된 계정입니다", None, "suspended"),
    # ---- message_too_large ------------------------------------------------------------------------
    ("de", "5.0.0", "552 Die Nachricht ist zu groß", None, "message_too_large"),
    ("fr", None, "552 Taille limite du message atteinte", None, "message_too_large"),
    ("es", "5.0.0", "El mensaje es demasiado grande", None, "message_too_large"),
    ("it", None, "Messaggio troppo grande per la casella", None, "message_too_large"),
    ("pt", None, "A mensagem é muito grande", None, "message_too_large"),
    ("nl", None, "Het bericht is te groot", None, "message_too_large"),
    ("pl", None, "Wiadomość jest zbyt duża", None, "message_too_large"),
    ("ru", "5.0.0", "Размер письма превышает максимальный", None, "message_too_large"),
    ("ru", None, "Письмо слишком велико", None, "message_too_large"),
    ("ja", None, "メールのサイズが大きすぎます", None, "message_too_large"),
    ("zh", None, "邮件过大，超过对方服务器限制", None, "message_too_large"),
    # ---- filtered: after DATA, or stage unknown ------------------------------------------------
    ("de", None, "Die Nachricht wurde vom Empfänger abgelehnt", "DATA", "filtered"),
    ("fr", None, "Message refusé par le destinataire", None, "filtered"),
    ("es", None, "Mensaje rechazado por el destinatario", None, "filtered"),
    ("pl", None, "Odbiorca nie chce otrzymywać wiadomości od ciebie", None, "filtered"),
    ("ja", None, "受信拒否設定により配信できませんでした", None, "filtered"),
    ("zh", None, "收件人拒收了您的邮件", None, "filtered"),
    ("ko", None, "수신거부된 메일입니다", "DATA", "filtered"),
    # ---- spam_detected ----------------------------------------------------------------------------
    ("fr", "5.7.1", "554 Message considéré comme indésirable (courrier indésirable)", None, "spam_detected"),
    ("es", "5.7.1", "Rechazado: correo no deseado", None, "spam_detected"),
    ("pl", "5.7.1", "Wiadomosc zostala odrzucona przez system antyspamowy", None, "spam_detected"),
    ("ru", "5.7.1", "Сообщение отклонено как спам", None, "spam_detected"),
    ("ja", "5.7.1", "迷惑メールと判定されたため拒否しました", None, "spam_detected"),
    ("zh", "5.7.1", "554 疑似垃圾邮件，已退回", None, "spam_detected"),
    ("ko", "5.7.1", "스팸으로 분류되어 거부되었습니다", None, "spam_detected"),
    # ---- blocked ----------------------------------------------------------------------------------
    ("de", "5.7.1", "554 Ihre IP-Adresse ist gesperrt", None, "blocked"),
    ("fr", "5.7.1", "550 Adresse IP source bloquee", None, "blocked"),
    ("es", None, "Su dirección IP está en una lista negra", None, "blocked"),
    ("ru", "5.7.1", "Ваш IP-адрес находится в черном списке", None, "blocked"),
    ("ja", "5.7.1", "送信元IPアドレスはブラックリストに登録されています", None, "blocked"),
    ("zh", "5.7.1", "发件IP已被屏蔽", None, "blocked"),
    # ---- rate_limited -----------------------------------------------------------------------------
    ("de", "4.0.0", "421 Zu viele Verbindungen von Ihrer Adresse", None, "rate_limited"),
    ("fr", "4.0.0", "421 Trop de connexions, veuillez réessayer plus tard", None, "rate_limited"),
    ("es", None, "Demasiadas conexiones simultaneas", None, "rate_limited"),
    ("it", None, "Troppe connessioni, riprova più tardi", None, "rate_limited"),
    ("pt", None, "Muitas conexões, tente novamente mais tarde", None, "rate_limited"),
    ("pl", None, "Przekroczono limit wysyłania wiadomości", None, "rate_limited"),
    ("ru", "4.0.0", "Слишком много соединений, попробуйте позже", None, "rate_limited"),
    ("sv", None, "För många anslutningar, försök igen senare", None, "rate_limited"),
    ("tr", None, "Çok fazla bağlantı, daha sonra tekrar deneyin", None, "rate_limited"),
    ("ja", "4.0.0", "送信数が上限を超えました。しばらくしてから再送してください", None, "rate_limited"),
    ("zh", "4.0.0", "发送频率过高，请稍后再试", None, "rate_limited"),
    ("ko", None, "너무 많은 연결이 있습니다. 잠시 후 다시 시도하세요", None, "rate_limited"),
    # ---- system_error: words decide over a vague code ------------------------------------------
    ("de", "5.0.0", "Interner Serverfehler bei der Zustellung", None, "system_error"),
    ("fr", None, "Erreur interne du serveur de messagerie", None, "system_error"),
    ("es", "5.0.0", "Error interno del servidor", None, "system_error"),
    ("ru", None, "Временная ошибка сервера", None, "system_error"),
    ("ja", None, "サーバーエラーが発生しました", None, "system_error"),
    ("zh", None, "系统繁忙", None, "system_error"),
    # ---- expired ----------------------------------------------------------------------------------
    ("de", None, "Die Nachricht konnte nicht innerhalb von 5 Tagen zugestellt werden", None, "expired"),
    ("fr", None, "Le message n'a pas pu être remis dans les 3 jours", None, "expired"),
    ("es", None, "Tiempo de entrega vencido", None, "expired"),
    ("it", None, "Tempo di consegna scaduto", None, "expired"),
    ("ru", None, "Письмо не удалось доставить в течение 5 суток", None, "expired"),
    ("ja", None, "3日間配信できませんでした", None, "expired"),
    ("zh", None, "在 2 天内无法投递到对方服务器", None, "expired"),
    # ---- network_error ----------------------------------------------------------------------------
    ("fr", None, "Connexion refusée par le serveur distant", None, "network_error"),
    ("es", None, "No se pudo establecer la conexión con el servidor", None, "network_error"),
    ("zh", None, "连接超时", None, "network_error"),
    # ---- on_hold ----------------------------------------------------------------------------------
    ("fr", None, "Le message a été mis en quarantaine", None, "on_hold"),
    ("de", None, "Die Nachricht wurde in Quarantäne verschoben", None, "on_hold"),
    # ---- user_unknown with the address quoted between the noun and the verb ------------------------
    ("ja", None, "宛先「kana@example.jp」は存在しません", None, "user_unknown"),
    ("ja", None, "550 メールアドレス<kana@example.jp>が見つかりません", None, "user_unknown"),
    ("ja", None, "ユーザー（kana）は登録されていません", None, "user_unknown"),
    # ---- the sender's address, and the recipient blocking us, are not the recipient's mailbox --------
    ("ja", None, "送信者アドレス<s@sender.example>は登録されていません", None, "rejected"),
    ("ja", None, "差出人のメールアドレス（s@sender.example）は存在しません", None, "rejected"),
    ("zh", None, "发件人地址不存在", None, "rejected"),
    ("de", None, "Der Empfänger hat den Absender blockiert", None, "filtered"),
    ("de", None, "Der Absender wurde blockiert", None, "rejected"),
    # ---- policy_violation: an attachment the site does not permit ----------------------------------
    ("de", "5.7.1", "554 5.7.1 Unzulässiger Anhang: angebot.scr", "DATA", "policy_violation"),
    ("de", None, "Dateianhänge dieses Typs sind nicht gestattet", None, "policy_violation"),
    ("fr", None, "552 Pièces jointes interdites par la politique du domaine", None, "policy_violation"),
    ("es", None, "554 Archivos adjuntos bloqueados: factura.js", None, "policy_violation"),
    ("de", None, "550 Ihr Anhang ist zu groß", None, "message_too_large"),  # size, not the type
    # ---- the ninth session's probe of languages, read for the reason --------------------------------
    ("de", None, "Die Adresse m.keller@kunde.example existiert nicht.", None, "user_unknown"),
    ("es", None, "La dirección m.ruiz@cliente.example no existe", None, "user_unknown"),
    ("de", None, "550 Relaying verboten", "RCPT", "no_relaying"),
    ("pl", None, "554 Wiadomość odrzucona - podejrzenie spamu", "DATA", "spam_detected"),
    ("bg", None, "550 Няма такъв потребител", "RCPT", "user_unknown"),
    ("bg", None, "Адресът на получателя не съществува", None, "user_unknown"),
    ("bg", None, "Пощенската кутия на получателя е препълнена", None, "mailbox_full"),
    ("fr", None, "le quota de la boîte de réception du destinataire est dépassé", None, "mailbox_full"),
    ("fr", None, "Le compte du destinataire est inactif", None, "suspended"),
    ("pt", None, "A conta do destinatário encontra-se desativada", None, "suspended"),
    ("ja", None, "受信者の迷惑メール設定により受信を拒否されました", "DATA", "filtered"),
    ("zh", None, "发件服务器IP（198.51.100.20）被列入黑名单", None, "blocked"),
    ("de", None, "Der Empfänger hat Ihre Absenderadresse gesperrt", "RCPT", "filtered"),
    # the recipient's *server* refused for a cause it names: the cause, not a person's filter
    ("ru", None, "Сервер получателя отклонил письмо, посчитав его спамом", "DATA", "spam_detected"),
    ("ru", None, "Получатель отклонил ваше письмо", "DATA", "filtered"),
    ("ru", None, "письмо отклонено фильтром получателя", None, "filtered"),
    ("nl", None, "vertraagd: geen verbinding met de server van de ontvanger, we blijven het proberen", None, "network_error"),
    # tenth session: Korean domain / size, Chinese blacklist by the recipient, Japanese congestion
    ("ko", None, "받는 사람 메일 서버의 도메인을 찾을 수 없습니다", None, "host_unknown"),
    ("ko", None, "메일 크기가 받는 메일 서버의 허용 용량을 초과했습니다", None, "message_too_large"),
    ("zh", None, "收件人已将您的邮箱地址加入黑名单，拒绝接收您的邮件", None, "filtered"),
    ("zh", None, "您的IP已被列入我们的黑名单", None, "blocked"),
    ("ja", None, "宛先サーバーが混雑しているため、まだ配信されていません", None, "system_error"),
    # Bulgarian, European Portuguese, Ukrainian, Czech: the regional providers' own words
    ("bg", None, "Не съществува потребител с такъв адрес.", None, "user_unknown"),
    ("bg", None, "Адресът не съществува.", None, "user_unknown"),
    ("bg", None, "Домейнът не съществува.", None, "host_unknown"),
    ("bg", None, "Пощенската кутия е деактивирана.", None, "suspended"),
    ("bg", None, "Съобщението е твърде голямо.", None, "message_too_large"),
    ("bg", None, "Вашият IP адрес 192.0.2.150 е в черен списък.", None, "blocked"),
    ("bg", None, "Твърде много съобщения, опитайте по-късно.", None, "rate_limited"),
    ("pt", None, "550 Utilizador inexistente", None, "user_unknown"),
    ("pt", None, "550 Endereco de destino inexistente", None, "user_unknown"),
    ("uk", None, "Поштова скринька адресата переповнена", None, "mailbox_full"),
    ("cs", None, "Server příjemce neodpovídá.", None, "network_error"),
]


@pytest.mark.parametrize("lang, status, diagnostic, command, expected", CASES,
                         ids=[f"{c[0]}-{c[4]}-{i}" for i, c in enumerate(CASES)])
def test_language_phrase_decides(lang, status, diagnostic, command, expected):
    assert decide(status=status, diagnostic=diagnostic, command=command) == expected


# ---- a connection never made, in a final report, is the sender's MTA giving up --------------------
@pytest.mark.parametrize("diagnostic", [
    "Impossible de se connecter au serveur mx.example.fr",
    "Не удалось подключиться к серверу mx.example.ru",
    "连接失败: mx.example.cn",
])
def test_connect_failure_in_a_final_report_is_expired(diagnostic):
    assert decide(status=None, diagnostic=diagnostic, action="failed") == "expired"


# ---- ASCII-only servers: accents stripped --------------------------------------------------------
@pytest.mark.parametrize("diagnostic, expected", [
    ("552 Boite aux lettres pleine", "mailbox_full"),
    ("552 Buzon lleno", "mailbox_full"),
    ("550 Compte desactive", "suspended"),
    ("552 Postfach des Empfaengers ist voll", "mailbox_full"),
    ("550 Dominio nao existe", "host_unknown"),
    ("552 Skrzynka odbiorcy jest przepelniona", "mailbox_full"),
])
def test_accents_stripped(diagnostic, expected):
    assert decide(status="5.0.0", diagnostic=diagnostic, command=None) == expected


# ---- benign text in those languages does not say a failure --------------------------------------
FAILURES = ("user_unknown", "host_unknown", "mailbox_full", "suspended", "message_too_large", "filtered",
            "spam_detected", "blocked", "rate_limited", "system_error", "expired", "network_error", "on_hold")


@pytest.mark.parametrize("text", [
    # out-of-office sentences
    "ich bin bis zum 12. mai nicht im büro und habe nur eingeschränkten zugriff auf meine e-mails. "
    "in dringenden fällen wenden sie sich bitte an meine kollegin.",
    "je suis absent du bureau jusqu'au 3 juin. je lirai votre message à mon retour.",
    "estoy fuera de la oficina hasta el lunes. responderé a su correo a mi regreso.",
    "sono in ferie fino al 20 agosto e risponderò al suo messaggio al mio rientro.",
    "estou de férias e responderei sua mensagem quando voltar.",
    "ik ben afwezig tot maandag en heb beperkt toegang tot mijn e-mail.",
    "jestem na urlopie do 5 września. odpowiem po powrocie.",
    "я в отпуске до 10 июля и отвечу на ваше письмо после возвращения.",
    "jag är på semester till den 1 augusti och läser inte min e-post.",
    "ただいま休暇中のため、返信が遅れます。ご了承ください。",
    "我正在休假，回来后会尽快回复您的邮件。",
    "현재 휴가 중이므로 복귀 후 답장 드리겠습니다.",
    "şu anda ofis dışındayım, döndüğümde e-postanızı yanıtlayacağım.",
    # delivery confirmations
    "ihre nachricht wurde erfolgreich zugestellt.",
    "votre message a été remis au destinataire.",
    "su mensaje fue entregado correctamente al buzón del destinatario.",
    "la consegna del messaggio è avvenuta con successo.",
    "ваше письмо успешно доставлено получателю.",
    "メールは正常に配信されました。",
    "邮件已成功投递到对方邮箱。",
    "메일이 정상적으로 전달되었습니다.",
])
def test_benign_text_says_no_failure(text):
    said = [r for r in FAILURES if matches(r, " ".join(text.split()).lower())]
    assert said == []


# ---- the table itself --------------------------------------------------------------------------
def test_every_phrase_has_an_index_word_and_is_merged():
    for reason, phrases in languages.PHRASES.items():
        assert reason in PHRASES
        for p in phrases:
            words = _required_words(p)
            assert words and all(len(w.strip()) >= 3 for w in words), p
            assert p in PHRASES[reason]


# ---- whole messages: a short free-text bounce ---------------------------------------------------
GERMAN_BOUNCE = """\
From: MAILER-DAEMON@mail.example.de
To: absender@example.com
Subject: Unzustellbar: Ihre Anfrage
Date: Tue, 2 Apr 2024 09:15:00 +0200
Message-ID: <ndr-4711@mail.example.de>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Ihre Nachricht konnte nicht zugestellt werden.

Empfänger: lena.schmidt@example.de
Grund: Das Postfach des Empfängers ist voll.
""".encode()

JAPANESE_BOUNCE = """\
From: MAILER-DAEMON@mx.example.jp
To: sender@example.com
Subject: =?UTF-8?B?6YWN5L+h5LiN6IO9?=
Date: Tue, 2 Apr 2024 09:15:00 +0900
Message-ID: <ndr-0815@mx.example.jp>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

以下の宛先へメールを配信できませんでした。

宛先: taro.yamada@example.jp
理由: 宛先のメールボックスがいっぱいです。
""".encode()


@pytest.mark.parametrize("data, address, reason", [
    (GERMAN_BOUNCE, "lena.schmidt@example.de", "mailbox_full"),
    (JAPANESE_BOUNCE, "taro.yamada@example.jp", "mailbox_full"),
])
def test_whole_free_text_bounce(data, address, reason):
    report = filter.classify(data)
    assert report.kind == "failed"
    found = {r.address: r.reason for r in report.recipients}
    assert found.get(address) == reason, found


@pytest.mark.parametrize("text", [
    "550 5.7.0 Code d'authentification invalide",
    "535 5.7.8 Authentifizierung fehlgeschlagen",
    "530 5.7.0 Autenticación requerida",
])
def test_authentication_refused_in_other_languages(text: str) -> None:
    assert decide(status=text.split()[1], diagnostic=text, command="MAIL", action="failed") == "security_error"


@pytest.mark.parametrize("subject, body, address", [
    ("Zustellung fehlgeschlagen", "Ihre Nachricht konnte nicht zugestellt werden.\n\n  anna@empfang.example\n"
     "    Der Empfänger ist unbekannt.\n", "anna@empfang.example"),
    ("No se pudo entregar el mensaje", "Su mensaje no se pudo entregar a los siguientes destinatarios:\n\n"
     "  juan@destino.example: usuario desconocido\n", "juan@destino.example"),
    ("Wiadomość niedostarczona", "Wiadomość nie mogła zostać dostarczona do:\n\n"
     "  jan@odbiorca.example: użytkownik nie istnieje\n", "jan@odbiorca.example"),
    ("退信通知", "您的邮件无法投递到以下收件人：\n\n  li@shoujian.example: 用户不存在\n", "li@shoujian.example"),
    ("Échec de la remise du message", "Votre message n'a pas pu être remis aux destinataires suivants :\n\n"
     "  paul@destinataire.example : utilisateur inconnu\n", "paul@destinataire.example"),
])
def test_a_localised_report_from_an_unknown_system_is_read(subject: str, body: str, address: str) -> None:
    """A report in another language: the mail system's sender and the localised subject or words
    are the two signals the gate needs (filter/core/detectors/text.py)."""
    raw = (f"From: postmaster@relay.example\nTo: a@sender.example\nSubject: {subject}\n"
           f"Content-Type: text/plain; charset=utf-8\n\n{body}").encode()
    report = filter.classify(raw)
    assert report.kind == "failed"
    assert [(r.address, r.reason) for r in report.recipients] == [(address, "user_unknown")]


@pytest.mark.parametrize("subject", [
    "Zustellung fehlgeschlagen", "Échec de la remise", "Mancata consegna", "No se pudo entregar",
    "Falha na entrega", "Niet afgeleverd", "Wiadomość niedostarczona", "Nedoručitelná zpráva",
    "Не удалось доставить сообщение", "Kunde inte levereras", "Teslim edilemedi", "退信", "投递失败", "配信エラー",
    "전송 실패", "Недоставено съобщение",
])
def test_localised_report_subjects_open_the_gate(subject: str) -> None:
    from filter.core.detectors.text import BOUNCE_SUBJECT

    assert BOUNCE_SUBJECT.search(subject)


@pytest.mark.parametrize("subject", ["Zustellung Ihrer Bestellung", "Rapport mensuel", "Re: Teslimat", "会議のお知らせ"])
def test_ordinary_subjects_do_not(subject: str) -> None:
    from filter.core.detectors.text import BOUNCE_SUBJECT

    assert not BOUNCE_SUBJECT.search(subject)



@pytest.mark.parametrize("text", [
    "Домейнът на изпращача не съществува.",   # the sender's domain: ours, never the recipient's
    "Endereço do remetente inexistente.",       # the sender's address
])
def test_the_same_words_about_our_side_are_never_the_recipients(text):
    assert decide(status=None, diagnostic=text, command=None) not in ("user_unknown", "host_unknown")


@pytest.mark.parametrize("text", [
    # the domain named in brackets between the noun and the verb, "DNS に" before it
    "宛先ドメイン (no-such-domain.example.jp) が DNS に存在しません",
    "宛先ドメイン（no-such-domain.example.jp）は存在しません",
    "받는 사람의 도메인(gyeonggi-shop.example)이 존재하지 않습니다",
])
def test_a_domain_named_in_brackets_inside_the_cjk_sentence_does_not_exist(text: str) -> None:
    assert decide(status=None, diagnostic=text, action="failed", diag_type="smtp") == "host_unknown"


def test_the_senders_domain_in_korean_stays_ours() -> None:
    assert decide(status=None, diagnostic="보낸 사람의 도메인(shop.example)이 존재하지 않습니다", action="failed",
                  diag_type="smtp") != "host_unknown"
