"""Plain-text (non-DSN) notices of mail systems in the languages they are written in.

Rules, one parametrized test each:
- a mail system's warning that it keeps trying ("Weitere Zustellversuche erfolgen", "continuera
  d'essayer", "opnieuw geprobeerd", "Попытки доставки будут продолжаться" ...) is a delay; the same
  sentence negated ("keine weiteren Zustellversuche", "Aucune nouvelle tentative") is a failure;
- a mail system's notice that a message was refused or not delivered ("Message refusé", "Messaggio
  non recapitato", "Το μήνυμα δεν παραδόθηκε" ...) is a bounce, with its recipient;
- a person's mail that tells of such a notice, in the same words, is never a bounce;
- "Could not contact the mail server for <address>" names its recipient;
- a notice sent to a common VERP form ("bounce-LOCAL=DOMAIN@", Mailman's "LIST-bounces+LOCAL=DOMAIN@",
  qmail's "LIST-return-LOCAL=DOMAIN@") names its recipient; a plain "bounce-123@" id never does.

Every sentence was written for this test (example domains of RFC 2606), in the words the localized
notices of Exchange, Gmail, GMX, Orange, Libero, Yandex / Mail.ru, Seznam, WP.pl, Naver and QQ use.
"""
from __future__ import annotations

import pytest

import filter
from filter.core.address import decode_verp
from filter.core.detectors import text as textdet
from shapes import mail

A = "reader@kunde.example"
SYSTEM = "From: MAILER-DAEMON@mail.sender.example (Mail Delivery System)\nTo: news@sender.example\n"
ORIGINAL = ("\n\n------ Original message ------\n\nFrom: Newsletter <news@sender.example>\n"
            f"To: {A}\nSubject: Angebot\nMessage-ID: <o1@sender.example>\n\nHallo ...\n")


def _notice(subject: str, body: str, original: bool = True) -> bytes:
    head = SYSTEM + f"Subject: {subject}\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n" \
                    "Content-Transfer-Encoding: 8bit\n"
    return mail(head, body.format(a=A) + (ORIGINAL if original else "\n"))


# -- delays: the system's own further attempts ------------------------------------------------------
DELAYS = [
    ("de", "Ihre Nachricht an {a} wurde noch nicht zugestellt. Weitere Zustellversuche erfolgen in den nächsten 48 Stunden."),
    ("fr", "Votre message à {a} n'a pas encore été remis. Le serveur continuera d'essayer pendant 48 heures."),
    ("es", "Su mensaje para {a} aún no se ha entregado. Se seguirá intentando durante 48 horas."),
    ("it", "Il messaggio per {a} non è ancora stato recapitato. Verranno effettuati altri tentativi per 48 ore."),
    ("pt", "Sua mensagem para {a} ainda não foi entregue. Novas tentativas serão feitas durante 48 horas."),
    ("nl", "Uw bericht aan {a} is nog niet afgeleverd. Er wordt de komende 48 uur opnieuw geprobeerd."),
    ("pl", "Wiadomość do {a} nie została jeszcze dostarczona. Serwer spróbuje ponownie w ciągu 48 godzin."),
    ("cs", "Zpráva pro {a} zatím nebyla doručena. Server se bude dále pokoušet o doručení po dobu 48 hodin."),
    ("ru", "Ваше письмо для {a} пока не доставлено. Попытки доставки будут продолжаться в течение 48 часов."),
    ("uk", "Ваше повідомлення для {a} ще не доставлено. Спроби доставки триватимуть протягом 48 годин."),
    ("sv", "Ditt meddelande till {a} har ännu inte levererats. Servern kommer att försöka igen under 48 timmar."),
    ("da", "Din meddelelse til {a} er endnu ikke leveret. Levering vil blive forsøgt igen i 48 timer."),
    ("no", "Meldingen din til {a} er ennå ikke levert. Serveren vil forsøke igjen i 48 timer."),
    ("fi", "Viestiäsi osoitteeseen {a} ei ole vielä toimitettu. Toimitusta yritetään uudelleen 48 tunnin ajan."),
    ("tr", "{a} adresine gönderdiğiniz ileti henüz teslim edilmedi. Teslimat tekrar denenecek."),
    ("el", "Το μήνυμά σας προς {a} δεν έχει παραδοθεί ακόμα. Θα γίνει νέα προσπάθεια για 48 ώρες."),
    ("hu", "A(z) {a} címre küldött üzenetet még nem sikerült kézbesíteni. A rendszer újra megpróbálja 48 órán át."),
    ("ro", "Mesajul dumneavoastră către {a} nu a fost încă livrat. Serverul va încerca din nou timp de 48 de ore."),
    ("ja", "{a} 宛てのメッセージはまだ配信されていません。引き続き再送を試みます。"),
    ("zh", "您发往 {a} 的邮件尚未投递成功，系统仍在尝试投递。"),
    ("ko", "{a}(으)로 보낸 메일이 아직 전송되지 않았습니다. 48시간 동안 재시도할 예정입니다."),
]

# the delay notice of Exchange in its localized wording: "Delivery to these recipients or groups is
# delayed: <address>", "This message hasn't been delivered yet", "The server will keep trying"
EXCHANGE_DELAYS = [
    ("de", "Die Zustellung an folgende Empfänger oder Verteilerlisten wurde verzögert:\n\n{a}\n\n"
           "Der Server wird weiterhin versuchen, die Nachricht zuzustellen."),
    ("fr", "La remise à ces destinataires ou groupes est retardée :\n\n{a}\n\n"
           "Le serveur va continuer d'essayer de remettre ce message."),
    ("es", "La entrega a estos destinatarios o grupos se ha retrasado:\n\n{a}\n\n"
           "El servidor seguirá intentando entregar este mensaje."),
    ("it", "Il recapito a questi destinatari o gruppi è stato ritardato:\n\n{a}"),
    ("pt", "A entrega para estes destinatários ou grupos está atrasada:\n\n{a}"),
    ("nl", "De bezorging bij deze geadresseerden of groepen is vertraagd:\n\n{a}"),
    ("pl", "Dostarczanie do tych adresatów lub grup jest opóźnione:\n\n{a}"),
    ("cs", "Doručení těmto příjemcům nebo skupinám je zpožděno:\n\n{a}"),
    ("ru", "Доставка этим получателям или группам задерживается:\n\n{a}"),
    ("sv", "Leveransen till de här mottagarna eller grupperna är fördröjd:\n\n{a}"),
    ("da", "Leveringen til disse modtagere eller grupper er forsinket:\n\n{a}"),
    ("no", "Leveringen til disse mottakerne eller gruppene er forsinket:\n\n{a}"),
    ("fi", "Toimitus näille vastaanottajille tai ryhmille on viivästynyt:\n\n{a}"),
    ("tr", "Bu alıcılara veya gruplara teslim gecikiyor:\n\n{a}"),
    ("el", "Η παράδοση σε αυτούς τους παραλήπτες ή τις ομάδες καθυστερεί:\n\n{a}"),
    ("hu", "A kézbesítés ezekhez a címzettekhez vagy csoportokhoz késik:\n\n{a}"),
    ("ro", "Livrarea către acești destinatari sau grupuri este întârziată:\n\n{a}"),
    ("ja", "これらの受信者またはグループへの配信が遅延しています:\n\n{a}\n\nサーバーは引き続きこのメッセージの配信を試みます。"),
    ("zh", "传递到这些收件人或组的邮件已延迟:\n\n{a}"),
    ("ko", "이 받는 사람 또는 그룹에 대한 배달이 지연되었습니다:\n\n{a}"),
]


@pytest.mark.parametrize("lang, body", EXCHANGE_DELAYS, ids=[d[0] for d in EXCHANGE_DELAYS])
def test_exchanges_localized_delay_notice(lang, body):
    r = filter.classify(_notice("Angebot", body, original=False))
    assert r.kind == "delayed", (lang, r.kind)
    assert [x.address for x in r.recipients] == [A]


# the same systems saying they stopped: a failure, whatever "retry" word is left in the sentence
GAVE_UP = [
    ("de", "Ihre Nachricht an {a} konnte nicht zugestellt werden. Es werden keine weiteren Zustellversuche unternommen."),
    ("fr", "Votre message à {a} n'a pas pu être remis. Aucune nouvelle tentative ne sera faite."),
    ("es", "Su mensaje para {a} no se pudo entregar. No se seguirá intentando."),
    ("it", "Il messaggio per {a} non è stato recapitato. Non verranno effettuati altri tentativi."),
    ("pt", "Sua mensagem para {a} não pôde ser entregue. Nenhuma nova tentativa será feita."),
    ("nl", "Uw bericht aan {a} kon niet worden afgeleverd. Er wordt niet opnieuw geprobeerd."),
    ("pl", "Wiadomość do {a} nie mogła zostać dostarczona. Serwer nie spróbuje ponownie."),
    ("cs", "Zprávu pro {a} nelze doručit. Server se již nebude pokoušet o doručení."),
    ("ru", "Ваше письмо для {a} не доставлено. Попытки доставки не будут продолжены."),
    ("sv", "Ditt meddelande till {a} kunde inte levereras. Servern kommer inte att försöka igen."),
    ("da", "Din meddelelse til {a} kunne ikke leveres. Levering vil ikke blive forsøgt igen."),
    ("el", "Το μήνυμά σας προς {a} δεν παραδόθηκε. Δεν θα γίνει νέα προσπάθεια."),
    ("ro", "Mesajul dumneavoastră către {a} nu a putut fi livrat. Nu se va mai încerca din nou."),
]


@pytest.mark.parametrize("lang, body", DELAYS, ids=[d[0] for d in DELAYS])
@pytest.mark.parametrize("original", [True, False], ids=["with-original", "notice-alone"])
def test_a_system_that_keeps_trying_is_a_delay(lang, body, original):
    r = filter.classify(_notice("Warning", body, original))
    assert r.kind == "delayed", (lang, r.kind)
    assert [x.address for x in r.recipients] == [A]
    assert textdet.says_delay(body.format(a=A).lower())


@pytest.mark.parametrize("lang, body", GAVE_UP, ids=[d[0] for d in GAVE_UP])
def test_a_system_that_stopped_trying_is_a_failure(lang, body):
    assert not textdet.says_delay(body.format(a=A).lower()), lang
    r = filter.classify(_notice("Undeliverable", body))
    assert r.kind == "failed", (lang, r.kind)
    assert [x.address for x in r.recipients] == [A]


# -- failures: refused, returned, not delivered -----------------------------------------------------
# (language, localized subject, body): a plain notice of the language's providers
FAILURES = [
    ("de", "Nachricht abgelehnt", "Ihre Nachricht an {a} wurde vom Empfängerserver abgelehnt."),
    ("fr", "Message refusé", "Votre message à destination de {a} a été refusé."),
    ("fr", "Courrier non distribué", "Votre message à {a} n'a pas été distribué."),
    ("es", "Mensaje rechazado", "Su mensaje para {a} ha sido rechazado por el servidor de destino."),
    ("it", "Messaggio non recapitato", "Il messaggio inviato a {a} è stato rifiutato dal server di destinazione."),
    ("pt", "Mensagem não entregue", "Sua mensagem para {a} foi rejeitada pelo servidor de destino."),
    ("nl", "Bericht geweigerd", "Uw bericht aan {a} is geweigerd door de ontvangende server."),
    ("pl", "Wiadomość odrzucona", "Wiadomość do {a} została odrzucona przez serwer odbiorcy."),
    ("cs", "Zpráva vrácena", "Zpráva pro {a} byla odmítnuta serverem příjemce."),
    ("ru", "Ошибка доставки", "Ваше письмо для {a} было отклонено сервером получателя."),
    ("uk", "Помилка доставки", "Ваше повідомлення для {a} було відхилено сервером одержувача."),
    ("sv", "Leveransfel", "Ditt meddelande till {a} avvisades av mottagarens server."),
    ("da", "Levering mislykkedes", "Din meddelelse til {a} blev afvist af modtagerens server."),
    ("no", "Leveringsfeil", "Meldingen din til {a} ble avvist av mottakerens server."),
    ("fi", "Toimitusvirhe", "Viestiäsi osoitteeseen {a} ei voitu toimittaa."),
    ("tr", "İleti iletilemedi", "{a} adresine gönderdiğiniz ileti reddedildi."),
    ("el", "Το μήνυμα δεν παραδόθηκε", "Το μήνυμά σας δεν ήταν δυνατό να παραδοθεί στον παραλήπτη {a}."),
    ("hu", "Kézbesítés sikertelen", "A(z) {a} címre küldött üzenetet nem sikerült kézbesíteni."),
    ("ro", "Mesaj nelivrat", "Mesajul dumneavoastră către {a} nu a putut fi livrat."),
    ("ja", "メールが届きませんでした", "{a} 宛てのメールは届けられませんでした。"),
    ("zh", "邮件被退回", "您发往 {a} 的邮件被退回。"),
    ("ko", "메일 발송 실패", "{a}(으)로 보낸 메일이 전송에 실패했습니다."),
]


@pytest.mark.parametrize("lang, subj, body", FAILURES, ids=[f"{f[0]}-{f[1]}" for f in FAILURES])
@pytest.mark.parametrize("original", [True, False], ids=["with-original", "notice-alone"])
def test_a_systems_plain_failure_notice_is_a_bounce(lang, subj, body, original):
    # (alone, the recipient has to come out of the notice's own sentence)
    r = filter.classify(_notice(subj, body, original))
    assert r.kind == "failed", (lang, r.kind)
    assert [x.address for x in r.recipients] == [A]


@pytest.mark.parametrize("lang, subj, body", FAILURES, ids=[f"{f[0]}-{f[1]}" for f in FAILURES])
def test_the_words_or_the_subject_alone_beside_a_system_sender(lang, subj, body):
    # the localized subject beside a system sender, and the body's words beside it, each suffice
    assert textdet.BOUNCE_SUBJECT.search(subj), subj
    r = filter.classify(_notice("Angebot", body))
    assert r.kind == "failed", (lang, r.kind)


# -- a person's mail that tells of such a notice ---------------------------------------------------
PERSON = "From: Anne Martin <anne.martin@firma.example>\nTo: paul@firma.example\n"
HUMANS = [
    ("en", "Message refused?", "Hi Paul,\n\nI got a message refused notice yesterday: my message to {a} was rejected "
                               "by their server. Could not be delivered, it said. Any idea why?\n\nAnne"),
    ("de", "Nachricht abgelehnt?", "Hallo Paul,\n\ngestern kam ein Hinweis: meine Nachricht an {a} wurde abgelehnt. "
                                   "Weißt du, warum? Der Server versucht es weiterhin, hieß es.\n\nAnne"),
    ("fr", "Message refusé", "Bonjour Paul,\n\nj'ai reçu hier un avis « message refusé » : mon message à {a} a été "
                             "refusé. Le système continuera d'essayer, paraît-il. Tu sais pourquoi ?\n\nAnne"),
    ("es", "Mensaje rechazado", "Hola Paul,\n\nayer recibí un aviso: mi mensaje para {a} ha sido rechazado. "
                                "¿Sabes por qué?\n\nAnne"),
    ("it", "Messaggio non recapitato", "Ciao Paul,\n\nho ricevuto un avviso: il mio messaggio a {a} è stato "
                                       "rifiutato. Sai perché?\n\nAnne"),
    ("pt", "Mensagem não entregue", "Olá Paul,\n\nrecebi um aviso ontem: minha mensagem para {a} foi rejeitada. "
                                    "Sabe por quê?\n\nAnne"),
    ("nl", "Bericht geweigerd", "Hoi Paul,\n\nik kreeg gisteren een melding: mijn bericht aan {a} is geweigerd. "
                                "Er wordt opnieuw geprobeerd, staat er. Weet jij waarom?\n\nAnne"),
    ("pl", "Wiadomość odrzucona", "Cześć Paul,\n\nwczoraj dostałam powiadomienie: moja wiadomość do {a} została "
                                  "odrzucona. Wiesz dlaczego?\n\nAnne"),
    ("ru", "Ошибка доставки", "Привет, Пол!\n\nВчера пришло уведомление: моё письмо для {a} было отклонено. "
                              "Попытки доставки будут продолжаться, пишут. Не знаешь почему?\n\nАнна"),
    ("el", "Το μήνυμα δεν παραδόθηκε", "Γεια σου Paul,\n\nχθες πήρα ειδοποίηση ότι το μήνυμά μου προς {a} δεν "
                                       "παραδόθηκε. Ξέρεις γιατί;\n\nΆννα"),
    ("sv", "Leveransfel", "Hej Paul,\n\njag fick ett meddelande igår: mitt brev till {a} avvisades. Vet du "
                          "varför?\n\nAnne"),
    ("tr", "İleti iletilemedi", "Merhaba Paul,\n\ndün bir bildirim aldım: {a} adresine gönderdiğim ileti "
                                "reddedildi. Nedenini biliyor musun?\n\nAnne"),
    ("ja", "メールが届きませんでした", "ポールさん\n\n昨日、{a} 宛てのメールは届けられませんでしたという通知が来ました。"
                                      "理由はわかりますか？\n\nアンヌ"),
    ("zh", "邮件被退回", "Paul 你好，\n\n昨天我发往 {a} 的邮件被退回了，你知道为什么吗？\n\nAnne"),
    ("ko", "메일 발송 실패", "Paul 님,\n\n어제 {a}(으)로 보낸 메일이 전송에 실패했다는 알림을 받았어요. 이유를 아세요?\n\nAnne"),
]


@pytest.mark.parametrize("lang, subj, body", HUMANS, ids=[h[0] for h in HUMANS])
@pytest.mark.parametrize("reply", [False, True], ids=["new", "reply"])
def test_a_persons_mail_about_a_notice_is_no_bounce(lang, subj, body, reply):
    head = PERSON + f"Subject: {'Re: ' if reply else ''}{subj}\nMIME-Version: 1.0\n" \
                    "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n"
    r = filter.classify(mail(head, body.format(a=A) + "\n"))
    assert r.kind == "not_bounce", (lang, r.kind)


# the same, quoting the reply code the notice gave: the localized words of the plain notices
# count only beside a mail system's account
QUOTED = [
    ("en", "Message refused?", "Hi Paul,\n\nmy message to {a} was rejected by their server: 550 5.7.1 blocked. Any idea?"),
    ("de", "Nachricht abgelehnt?", "Hallo Paul,\n\nmeine Nachricht an {a} wurde abgelehnt: 550 5.7.1 blocked. Weißt du warum?"),
    ("fr", "Message refusé ?", "Salut Paul,\n\nmon message à {a} a été refusé : 550 5.7.1 blocked. Une idée ?"),
    ("it", "Messaggio non recapitato", "Ciao Paul,\n\nil mio messaggio a {a} è stato rifiutato: 550 5.7.1 blocked. Idee?"),
    ("el", "Το μήνυμα δεν παραδόθηκε", "Γεια,\n\nτο μήνυμά μου προς {a} δεν παραδόθηκε: 550 5.1.1 user unknown."),
    ("de", "Undeliverable: Angebot", "Hallo Paul,\n\nmeine Nachricht an {a} wurde abgelehnt: 550 5.7.1 blocked."),
]


@pytest.mark.parametrize("lang, subj, body", QUOTED, ids=[f"{q[0]}-{q[1]}" for q in QUOTED])
def test_a_person_quoting_the_notices_reply_is_no_bounce(lang, subj, body):
    head = PERSON + f"Subject: {subj}\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n" \
                    "Content-Transfer-Encoding: 8bit\n"
    r = filter.classify(mail(head, body.format(a=A) + "\n\nAnne\n"))
    assert r.kind == "not_bounce", (lang, r.kind)


# -- "could not contact the mail server for <address>" ------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Could not contact the mail server for {a} after several attempts.",
    "Unable to connect to any host for {a}.",
    "Couldn't reach the mail exchanger for {a}: connection timed out.",
])
def test_the_servers_of_a_recipient_name_it(sentence):
    body = sentence + "\nThe message has been returned to the sender."
    r = filter.classify(_notice("Undeliverable: Angebot", body, original=False))
    assert r.kind == "failed"
    assert [x.address for x in r.recipients] == [A]


def test_a_contact_is_still_no_recipient():
    body = ("Could not contact the mail server for {a}.\n"
            "For assistance, please contact postmaster@sender.example.")
    r = filter.classify(_notice("Undeliverable: Angebot", body, original=False))
    assert [x.address for x in r.recipients] == [A]


# -- VERP ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("address, expected", [
    ("bounces+jo=example.org@lists.example", "jo@example.org"),                # the default pattern
    ("bounce-jo.reader=example.org@mail.sender.example", "jo.reader@example.org"),
    ("bounces-jo=example.org@mail.sender.example", "jo@example.org"),
    ("bounce+jo=example.org@mail.sender.example", "jo@example.org"),
    ("news-bounces+jo=example.org@lists.example", "jo@example.org"),           # Mailman
    ("news-return-jo=example.org@lists.example", "jo@example.org"),            # qmail VERP
    ("news-return-123-jo=example.org@lists.example", "jo@example.org"),        # ezmlm
    ("bounce-a=b=example.org@mail.sender.example", "a=b@example.org"),         # "=" in the local part
    # never an address
    ("bounce-123@mail.sender.example", None),                                  # a plain id
    ("bounce-123=456@mail.sender.example", None),                              # no host name after "="
    ("bounce-abc=def@mail.sender.example", None),
    ("bounce-jo=example.org=s0abcdefghijkl@mail.sender.example", None),        # a signed tag, not configured
    ("nobounce-jo=example.org@mail.sender.example", None),
    ("jo=example.org@mail.sender.example", None),
    ("bounce-=example.org@mail.sender.example", None),
    ("prvs=1234abcdef=jo@mail.sender.example", None),
])
def test_common_verp_forms_by_default(address, expected):
    assert decode_verp(address) == expected
    assert decode_verp(address, ["bounces+LOCAL=DOMAIN@*"]) == expected


def test_a_pattern_of_ones_own_reads_only_that_pattern():
    assert decode_verp("bounce-jo=example.org@mail.sender.example", ["ret-LOCAL=DOMAIN@*"]) is None
    assert decode_verp("ret-jo=example.org@mail.sender.example", ["ret-LOCAL=DOMAIN@*"]) == "jo@example.org"


def test_a_notice_to_a_verp_address_names_its_recipient():
    raw = mail("From: MAILER-DAEMON@mx.remote.example\nTo: bounce-jo.reader=kunde.example@mail.sender.example\n"
               "Subject: failure notice\n",
               "Sorry, we were unable to deliver your message. The mailbox does not exist.\n")
    r = filter.classify(raw)
    assert r.kind == "failed"
    assert [x.address for x in r.recipients] == ["jo.reader@kunde.example"]


def test_a_notice_to_a_plain_bounce_id_names_no_one_from_it():
    raw = mail("From: MAILER-DAEMON@mx.remote.example\nTo: bounce-123@mail.sender.example\n"
               "Subject: failure notice\n",
               "Sorry, we were unable to deliver your message. The mailbox does not exist.\n")
    r = filter.classify(raw)
    assert all(x.address != "123@mail.sender.example" for x in r.recipients)


# -- the tables themselves -----------------------------------------------------------------------------
@pytest.mark.parametrize("table", ["BOUNCE_SUBJECT", "_BOUNCE_WORDS", "_DELAY_WORLD", "_SENTENCE"])
def test_no_table_matches_nothing(table):
    rx = getattr(textdet, table)
    assert rx.search("") is None
    assert rx.search("Hello, see you tomorrow at the office.".lower()) is None
