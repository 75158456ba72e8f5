"""Auto-replies and challenge-response requests without RFC 3834 headers, in the world's languages.

Every message is written here for the test.  A real bounce that quotes an auto-reply, a person's
"Re:"/"AW:" answer and a newsletter must stay what they were.
"""
from __future__ import annotations

from email.header import Header

import pytest

from filter import classify
from filter.core.detectors import autoreply
from shapes import mail


def person(subject: str, extra: str = "") -> str:
    enc = subject if subject.isascii() else Header(subject, "utf-8").encode()
    return f"From: Anna Muster <anna@firma.example>\nTo: news@sender.example\nSubject: {enc}\n{extra}"


def one(report):
    assert len(report.recipients) == 1, report.recipients
    return report.recipients[0]


# -- localized subjects (no Auto-Submitted, no X-Autoreply) -----------------------------------------
SUBJECTS = [
    "Automatische Antwort: Ihre Bestellung", "Abwesenheitsnotiz: Angebot", "Réponse automatique : Offre",
    "Absence du bureau", "Respuesta automática: Oferta", "Fuera de la oficina: Oferta",
    "Risposta automatica: Offerta", "Fora do escritório: Oferta", "Resposta automática: Oferta",
    "Automatisch antwoord: Aanbieding", "Autosvar: Erbjudande", "Automatiskt svar: Erbjudande",
    "Automaattinen vastaus: Tarjous", "Automatyczna odpowiedź: Oferta", "Odpowiedź automatyczna: Oferta",
    "Автоответ: Предложение", "Автоматический ответ: Предложение", "自動応答: ご案内", "自动回复: 通知",
    "自動回覆: 通知", "不在通知", "자동 응답: 안내", "Automatická odpověď: Nabídka", "Otomatik yanıt: Teklif",
]


@pytest.mark.parametrize("subject", SUBJECTS)
def test_localized_auto_reply_subject(subject):
    report = classify(mail(person(subject), "Danke / merci / thanks."))
    assert report.kind == "auto_reply", subject
    r = one(report)
    assert (r.address, r.reason, r.bouncestudio_code) == ("anna@firma.example", "auto_reply", 60)


def test_raw_eight_bit_subject_is_read_too():
    raw = ("From: Anna <anna@firma.example>\nTo: news@sender.example\nSubject: Réponse automatique : Offre\n\nMerci"
           ).encode("utf-8")
    assert classify(raw).kind == "auto_reply"


def test_a_single_away_word_needs_a_second_sign():
    assert classify(mail(person("Afwezig"), "Hallo, tot ziens.")).kind == "not_bounce"
    assert classify(mail(person("Afwezig"), "Ik ben afwezig tot maandag 3 juni.")).kind == "auto_reply"
    assert classify(mail(person("Urlaub", "X-Auto-Response-Suppress: All\n"), "Danke.")).kind == "auto_reply"


# -- the body's own words ---------------------------------------------------------------------------
BODIES = {
    "en": "Thank you for your email. I am out of the office until 12 May with limited access to email.",
    "de": "Guten Tag,\nich bin bis zum 3. Juni nicht im Büro. Ab dem 4. Juni bin ich wieder erreichbar.",
    "fr": "Bonjour,\nje suis absent jusqu'au 3 juin. Je vous répondrai à mon retour.",
    "es": "Hola,\nestoy fuera de la oficina hasta el lunes. Regresaré el 3 de junio.",
    "it": "Buongiorno,\nsono fuori ufficio fino a lunedì. Rientrerò il 3 giugno.",
    "nl": "Beste,\nik ben tot 3 juni afwezig. Ik ben weer aanwezig op 4 juni.",
    "pt": "Olá,\nestou de férias até segunda-feira. Retornarei no dia 3.",
}


@pytest.mark.parametrize("lang", sorted(BODIES))
def test_out_of_office_body_without_headers(lang):
    report = classify(mail(person("Ihre Bestellung / your order"), BODIES[lang]))
    assert report.kind == "auto_reply", lang
    assert one(report).address == "anna@firma.example"


# -- challenge-response -----------------------------------------------------------------------------
def test_boxbe_names_the_protected_person():
    raw = mail("From: Boxbe <notify@boxbe.com>\nTo: news@sender.example\n"
               "Subject: Request to join jo@example.net's Guest List", """
Hello,

jo@example.net is using Boxbe to manage incoming email. Your message is on the Waiting List.
Click the link below to request to be added to the Guest List.
""")
    report = classify(raw)
    r = one(report)
    assert report.kind == "challenge" and (r.address, r.reason, r.bouncestudio_code) == ("jo@example.net", "challenge", 100)


@pytest.mark.parametrize("head,body", [
    ("From: jo@example.net\nSubject: Sender verification request",
     "I use Spam Arrest to protect my inbox. To have your message delivered, click the link to verify that you are a "
     "real person."),
    ("From: jo-confirm-123@example.net\nSubject: Please confirm your message",
     "This message was created automatically by TMDA. Before your message is delivered please reply to this "
     "confirmation request."),
    ("From: jo@example.net\nSubject: Your email requires verification verify#abc123",
     "The message you sent requires that you verify that you are a real live human being and not a spam source.\n"
     "Simply reply to this message and leave the subject line intact. BoxTrapper"),
    ("From: ChoiceMail <jo@example.net>\nSubject: Registration required",
     "I am using ChoiceMail to block junk mail. Please click the link to verify you are a human and be added to my "
     "approved senders list."),
])
def test_challenge_response_products(head, body):
    report = classify(mail(head + "\nTo: news@sender.example", body))
    assert report.kind == "challenge"
    assert one(report).address == "jo@example.net" or one(report).address.startswith("jo-confirm")


# -- what must stay what it was ---------------------------------------------------------------------
def test_a_bounce_quoting_an_auto_reply_stays_a_bounce():
    raw = mail("From: MAILER-DAEMON@mx.example\nTo: news@sender.example\nSubject: Undelivered Mail Returned to Sender",
               """
This is the mail system at host mx.example.

<gone@example.org>: host mx.example.org said: 550 5.1.1 User unknown (in reply to RCPT TO command)

Subject: Automatic reply: I am out of the office until Monday
""")
    report = classify(raw)
    assert report.kind == "failed" and (one(report).address, one(report).reason) == ("gone@example.org", "user_unknown")


def test_a_bounce_of_an_auto_reply_stays_a_bounce():
    raw = mail("From: MAILER-DAEMON@mx.example\nTo: news@sender.example\n"
               "Subject: Undeliverable: Automatische Antwort: Angebot", """
Delivery has failed to these recipients or groups:

gone@example.org
The e-mail address you entered couldn't be found. 550 5.1.1 RESOLVER.ADR.RecipNotFound
""")
    assert classify(raw).kind == "failed"


def test_a_bounce_telling_how_to_be_whitelisted_stays_a_bounce():
    raw = mail("From: MAILER-DAEMON@mx.example\nTo: news@sender.example\nSubject: Undelivered Mail Returned to Sender",
               "<jo@example.org>: host said: 550 5.7.1 sender not on whitelist; ask the recipient to add you to the "
               "approved senders list (whitelist)\n")
    assert classify(raw).kind == "failed"


def test_human_replies_are_not_auto_replies():
    re_vacation = mail(person("Re: Your weekly deals", "In-Reply-To: <x@sender.example>\n"), """
Thanks, but I'm on vacation until Monday, I will get back to you then.

On Mon, 1 Jan 2024, News <news@sender.example> wrote:
> Deals
""")
    assert classify(re_vacation).kind == "not_bounce"
    aw = mail(person("AW: Automatische Antwort: Ihre Bestellung", "In-Reply-To: <x@y.example>\n"),
              "Bitte nicht mehr schicken.\n\n> Danke")
    assert classify(aw).kind == "not_bounce"
    plain = mail(person("Question about my order"), "Hello, where is my order? I ordered last week.")
    assert classify(plain).kind == "not_bounce"


def test_newsletters_are_neither_auto_replies_nor_challenges():
    holiday = mail("From: Shop <news@shop.example>\nTo: me@example.com\nSubject: Summer vacation deals\n"
                   "List-Unsubscribe: <mailto:u@shop.example>\nPrecedence: bulk",
                   "Out of the office? Book your vacation now. I will be back with more deals.")
    assert classify(holiday).kind == "not_bounce"
    whitelist = mail("From: Coffee <news@bluebottlecoffee.example>\nTo: me@example.com\nSubject: New beans\n"
                     "List-Unsubscribe: <mailto:u@bluebottlecoffee.example>",
                     "Add us to your approved senders list and whitelist us to keep getting news.")
    assert classify(whitelist).kind == "not_bounce"


def test_tables_name_their_languages():
    assert {lang for lang, _ in autoreply.AUTO_SUBJECT_PREFIXES} >= {"en", "de", "fr", "es", "it", "pt", "nl", "ja", "zh"}
    assert all(words for _, words, _ in autoreply.OOF_BODY)


def test_bulk_mail_with_a_holiday_subject_is_not_an_auto_reply():
    raw = mail("From: Travel <offers@travel.example>\nTo: me@example.com\nSubject: Vacation deals for you\n"
               "Precedence: bulk", "Book now and save.")
    assert classify(raw).kind == "not_bounce"


# -- more localized prefixes; a person's subject that only starts with the word is not one ----------
@pytest.mark.parametrize("subject", [
    "Automatische Abwesenheitsnotiz", "Afwezigheidsmelding: Aanbieding", "Nieobecność w biurze",
    "Автовідповідь: Пропозиція", "Resposta automàtica: Oferta", "Vacation response", "Absent(e) du bureau",
    "Abwesenheit: Ihre Anfrage", "Absence : Offre",
])
def test_more_localized_auto_reply_subjects(subject):
    assert classify(mail(person(subject), "Danke / merci / thanks.")).kind == "auto_reply", subject


@pytest.mark.parametrize("subject, body", [
    ("Abwesenheit im Team: Planung", "Hallo zusammen, bitte tragt eure Abwesenheit bis Freitag in den Kalender ein."),
    ("Absence de Pierre", "Pierre sera absent demain, la réunion est reportée."),
])
def test_a_person_writing_about_absence_is_no_auto_reply(subject, body):
    assert classify(mail(person(subject), body)).kind == "not_bounce"


# -- the body's own words, in more languages (being away + coming back) ---------------------------
MORE_BODIES = {
    "cs": "Dobrý den,\njsem mimo kancelář do 3. června. Po návratu vám odpovím.",
    "sk": "Dobrý deň,\nsom mimo kancelárie do 3. júna. Po návrate vám odpoviem.",
    "hu": "Tisztelt Partnerünk!\nSzabadságon vagyok június 3-ig. Visszatérésem után válaszolok.",
    "ro": "Bună ziua,\nsunt în concediu până pe 3 iunie. Voi răspunde la întoarcere.",
    "el": "Καλημέρα,\nβρίσκομαι εκτός γραφείου έως τις 3 Ιουνίου. Θα απαντήσω όταν επιστρέψω.",
    "tr": "Merhaba,\n3 Haziran'a kadar izindeyim. Döndüğümde e-postanıza yanıt vereceğim.",
    "fi": "Hei,\nolen lomalla 3. kesäkuuta asti. Vastaan viestiisi palattuani.",
    "uk": "Добрий день,\nя у відпустці до 3 червня. Відповім після повернення.",
    "ru": "Здравствуйте,\nя в отпуске до 3 июня. Отвечу после возвращения.",
    "zh": "您好，\n我目前正在休假，6月3日返回。回来后会尽快回复您的邮件。",
    "pl": "Dzień dobry,\njestem na urlopie do 3 czerwca. Odpowiem po powrocie.",
    "da": "Hej,\njeg er på ferie til den 3. juni. Jeg svarer, når jeg er tilbage.",
    "sv": "Hej,\njag är på semester till den 3 juni. Jag svarar när jag är tillbaka.",
    "no": "Hei,\njeg er på ferie til 3. juni. Jeg svarer når jeg er tilbake.",
    "es": "Hola,\nme encuentro de vacaciones hasta el 3 de junio. Responderé a mi regreso.",
    "it": "Buongiorno,\nsarò assente fino al 3 giugno. Risponderò al mio rientro.",
}


@pytest.mark.parametrize("lang", sorted(MORE_BODIES))
def test_out_of_office_body_in_more_languages(lang):
    report = classify(mail(person("Ihre Bestellung / your order"), MORE_BODIES[lang]))
    assert report.kind == "auto_reply", lang
    assert one(report).address == "anna@firma.example"


@pytest.mark.parametrize("body", [
    "Hallo Peter,\nich bin nach meiner Rückkehr aus Berlin gerne bereit, das Angebot zu besprechen. Grüße",
    "Cześć,\njestem ciekawa, co myślisz o ofercie. Odpowiem po powrocie z biura.",   # one sign only
    "Hei,\nkiitos tarjouksesta, palaan asiaan ensi viikolla.",
])
def test_a_person_mentioning_a_return_is_no_auto_reply(body):
    assert classify(mail(person("Angebot"), body)).kind == "not_bounce"


# -- challenge-response products and requests in other languages ------------------------------------
@pytest.mark.parametrize("frm, subject, body", [
    ("jo@example.fr", "Validez votre message",
     "Bonjour,\nJe protège ma messagerie avec Mailinblack. Pour que votre message me soit remis, merci de cliquer "
     "sur le lien ci-dessous et de valider votre envoi. Cette démarche n'est à faire qu'une fois."),
    ("jo@example.fr", "Please authenticate your message",
     "Hello,\nMy mailbox is protected by Mailinblack. To deliver your message to me, please click on the link "
     "below to validate your sending. You will only need to do this once."),
    ("jo@earthlink.net", "Re: Offer (Action required)",
     "The person you emailed uses EarthLink's spamBlocker. To get your email delivered, please complete the "
     "one-time request form at the link below."),
    ("jo@example.es", "Confirmación requerida",
     "Utilizo un sistema antispam. Para que su mensaje llegue, confirme su dirección haciendo clic en el enlace. "
     "Será añadido a mi lista blanca."),
    ("jo@example.it", "Verifica del mittente",
     "Il destinatario utilizza un sistema antispam. Per recapitare il messaggio clicca sul link e conferma il tuo "
     "messaggio. Sarai aggiunto alla lista bianca."),
    # Russian: the letter is held by the spam protection until the sender confirms being no robot; the
    # address is then added to the list of allowed senders
    ("jo@example.ru", "Подтвердите отправку письма",
     "Здравствуйте!\n\nВаше письмо для jo@example.ru задержано системой защиты от спама.\nЧтобы оно было "
     "доставлено, подтвердите, что вы не робот, перейдя по ссылке:\nhttps://example.ru/verify?id=1\n\n"
     "После подтверждения ваш адрес будет добавлен в список разрешённых отправителей."),
    # BoxTrapper's request in Spanish: verify that you are a real person, reply keeping the subject
    ("jo@example.es", "Verifique su dirección de correo electrónico [verify#1d50abdc]",
     "El mensaje que ha enviado requiere que verifique que es una persona real y no una fuente de spam.\n\n"
     "Para completar la verificación, responda a este mensaje sin modificar el asunto o haga clic en el enlace."),
    # UOL / BOL AntiSpam: the message waits for confirmation, type the code shown to release it
    ("AntiSpam BOL <antispam@bol.example.br>", "Confirmação de envio - AntiSpam",
     "Sua mensagem para jo@bol.example.br está aguardando confirmação.\nClique no link abaixo e digite o código "
     "exibido para liberar a mensagem:\nhttps://antispam.bol.example.br/c/31yci\n"),
    # Italian: held by the antispam system until the sender confirms being human
    ("jo@officine.example.it", "Messaggio in attesa di convalida",
     "Buongiorno,\n\nil suo messaggio per jo@officine.example.it è stato messo in attesa dal nostro sistema antispam.\n"
     "Per convalidarlo e permetterne la consegna, clicchi sul link seguente e confermi di essere un umano."),
    # Russian: reply without changing the subject to confirm being a live person; type the characters of
    # the picture (the address named after "sent a letter to")
    ("jo@example.ru", "Re: Offer [Проверка отправителя #4821]",
     "Это автоматическое сообщение.\nПисьма от незнакомых адресов сначала проверяются. Ответьте на это письмо, не "
     "меняя тему, — так вы подтвердите, что вы живой человек. Ваше исходное письмо будет доставлено после этого."),
    ("Защита от спама <antispam@mail.example.ru>", "Ваше письмо задержано",
     "Вы отправили письмо на адрес jo@example.ru. Чтобы письмо было доставлено, перейдите по ссылке и введите "
     "символы с картинки. После проверки ваш адрес будет внесён в белый список."),
    # Spanish: held until the sender proves not to be a program; Portuguese (Portugal): awaiting the
    # sender's validation, type the letters shown; Italian: the recipient uses a sender verification service
    ("jo@despacho.example.mx", "Re: Novedades - pendiente de confirmación",
     "Su correo está retenido hasta que confirme el envío. Demuestre que no es un programa automático contestando "
     "este mensaje. Una vez confirmado, su dirección quedará autorizada."),
    ("Filtro de Correio <nao-responder@mail.empresa.example.pt>", "A sua mensagem aguarda validação",
     "A mensagem que enviou para jo@empresa.example.pt aguarda a validação do remetente. Por favor, escreva as "
     "letras apresentadas na imagem para validar o seu endereço."),
    ("Verifica Mittente <noreply@posta.example.it>", "Verifica richiesta per il messaggio",
     "Gentile mittente,\nil destinatario jo@posta.example.it utilizza un servizio di verifica del mittente. Il suo "
     "messaggio non è ancora stato consegnato: clicchi sul link qui sotto e completi la verifica."),
    # Russian: reply without changing the subject line; mail of new senders is delivered only once confirmed
    ("Антиспам <jo@example.ru>", "Подтвердите отправку письма [7F3K]",
     "Вы отправили письмо на адрес jo@example.ru. Письма от новых отправителей доставляются только после "
     "подтверждения. Чтобы ваше письмо было доставлено, ответьте на это сообщение, ничего не меняя в строке «Тема»."),
    # Spanish: held by the sender verification, type the code of the picture; Italian: only verified senders,
    # held; Polish: waiting for the sender's verification, confirm you are no automaton
    ("Verificación <ventas@importadora.example.cl>", "Verificación requerida",
     "Su mensaje para ventas@importadora.example.cl ha sido retenido por nuestro sistema de verificación. Para que "
     "sea entregado, confirme que es una persona escribiendo el código que aparece en la imagen."),
    ("ufficio@ditta.example.it", "Re: Offerte [verifica IT-44810]",
     "il destinatario accetta solo messaggi da mittenti verificati. Il tuo messaggio è stato messo in attesa. Per "
     "completare la verifica è sufficiente rispondere a questa email."),
    ("biuro@firma.example.pl", "Weryfikacja nadawcy",
     "Twoja wiadomość do biuro@firma.example.pl czeka na weryfikację nadawcy. Aby ją dostarczyć, kliknij poniższy "
     "link i potwierdź, że nie jesteś automatem."),
    # held until confirmed, reply without changing the subject (ru); copy the code of the picture (pl); only
    # senders who prove to be a real person, "I am not a robot" (pt); confirm that you are a person (it)
    ("jo@example.ru", "Re: Winter sale [Проверка отправителя]",
     "Ваше письмо задержано системой защиты от спама и будет доставлено только после подтверждения. Нажмите "
     "«Ответить» и отправьте это письмо обратно, не меняя тему."),
    ("Ochrona antyspamowa <weryfikacja@example.pl>", "Potwierdź, że nie jesteś robotem",
     "Wysłałeś wiadomość do jo@example.pl. Adresat korzysta z weryfikacji nadawców. Aby wiadomość została "
     "doręczona, otwórz poniższy link i przepisz kod widoczny na obrazku."),
    ("AntiSpam <antispam@example.com.br>", "Confirmação de remetente",
     "A sua mensagem para jo@example.com.br ficou retida. Este destinatário só recebe e-mails de remetentes que "
     "comprovem ser uma pessoa real. Clique no endereço abaixo e marque a caixa \"Não sou um robô\" para liberar a entrega."),
    ("Verifica mittente <verifica@example.it>", "Verifica mittente richiesta",
     "jo@example.it utilizza un servizio di verifica dei mittenti. Il tuo messaggio è in attesa. Per consegnarlo, "
     "conferma che sei una persona visitando il link seguente."),
    # French: confirm that you are a human (the address after "vous avez envoyé un message à"); Dutch and
    # English: delivered only once you confirm you are a human
    ("\"jo@cabinet.example.fr\" <noreply@protection.example.com>", "Votre message pour jo@cabinet.example.fr est en attente",
     "Vous avez envoyé un message à jo@cabinet.example.fr. Cette adresse est protégée contre le spam. Pour que votre "
     "message soit remis, veuillez confirmer que vous êtes un humain en cliquant sur le lien ci-dessous."),
    ("jo@ziggo.example.nl", "Verificatie vereist / Verification required",
     "Uw bericht aan jo@ziggo.example.nl wordt pas afgeleverd nadat u bevestigt dat u een mens bent.\n\n"
     "Your message to jo@ziggo.example.nl will be delivered once you confirm you are a human sender."),
])
def test_more_challenge_requests(frm, subject, body):
    report = classify(mail(f"From: {frm}\nTo: news@sender.example\nSubject: {Header(subject, 'utf-8').encode()}\n"
                           "Content-Type: text/plain; charset=utf-8", body))
    assert report.kind == "challenge"


@pytest.mark.parametrize("frm, subject, body", [
    ("Security <no-reply@bank.example>", "Verify your email",
     "Please click the link to verify your email address for your new account."),
    ("Shop <hello@shop.example>", "Confirm your email address",
     "Thanks for signing up! Confirm your email address to activate your account."),
    ("Shop <news@shop.example>", "Validez votre inscription",
     "Merci de cliquer sur le lien ci-dessous pour valider votre inscription à notre newsletter."),
])
def test_account_verifications_are_not_challenges(frm, subject, body):
    assert classify(mail(f"From: {frm}\nTo: news@sender.example\nSubject: {subject}", body)).kind == "not_bounce"


@pytest.mark.parametrize("subject, body", [
    ("[Mailinblack] Demande d'authentification",
     "Votre message n'a pas encore été remis. Afin de vérifier que vous n'êtes pas un robot, cliquez sur le lien "
     "ci-dessous. Service Mailinblack."),
    ("Mailinblack: verificación", "Su mensaje está retenido. Haga clic en el enlace para confirmar que no es un robot."),
])
def test_a_product_asking_to_prove_you_are_no_robot(subject, body):
    raw = mail(f"From: jo@example.fr\nTo: news@sender.example\nSubject: {Header(subject, 'utf-8').encode()}\n"
               "Content-Type: text/plain; charset=utf-8", body)
    assert classify(raw).kind == "challenge"


def test_a_captcha_word_alone_is_no_challenge():
    raw = mail(person("Formulaire de contact"),
               "Bonjour, sur votre site le formulaire me demande de prouver que je ne suis pas un robot. Merci.")
    assert classify(raw).kind == "not_bounce"


# -- tenth session: challenges from a null return path, read by their own words ---------------------
NULL_SENDER = "Return-Path: <>\n"


@pytest.mark.parametrize("frm, subject, body, protected", [
    # held until the stranger proves being a person, as screening services word it
    ("Gate <noreply@gate.example.org>", "Verify you are human to reach pia@club.example.org",
     "Your message to pia@club.example.org is on hold.\nWe ask unknown senders to verify they are human. "
     "Open the link below; your message is then delivered.", "pia@club.example.org"),
    ("Screen <screen@screen.example>", "Ola Berg is screening new senders",
     "Ola Berg (ola@fjord.example) uses Screen to keep the inbox for people she knows. Your email is waiting in "
     "her screening folder. If you are a real person, click below.", "ola@fjord.example"),
    ("Kim <kim@dental.example>", "Please verify your email",
     "Your message has been quarantined. To verify that you are a legitimate sender and have your message "
     "delivered, click the link below.", None),
    ("Tom <tom@blocks.example>", "Re: Update [verification needed]",
     "The message you sent has not been delivered yet. To have your message delivered, please prove you are a "
     "person by typing the number shown on the page.", None),
    # Italian, Portuguese, German, Japanese
    ("Ufficio <ufficio@ditta.example.it>", "Conferma mittente richiesta",
     "Il suo messaggio per ufficio@ditta.example.it è in attesa di conferma. Accettiamo solo messaggi da mittenti "
     "verificati: clicchi sul link per confermare di essere una persona reale.", "ufficio@ditta.example.it"),
    ("Filtro <filtro@loja.example.com.br>", "Confirme o envio da sua mensagem",
     "Você enviou uma mensagem para ana@loja.example.com.br. Para que sua mensagem seja entregue, confirme o "
     "envio e digite os caracteres que aparecem na imagem.", "ana@loja.example.com.br"),
    ("Spamschutz <noreply@hof.example.de>", "Bestätigung erforderlich",
     "Ihre Nachricht an post@hof.example.de wurde von unserem Spamschutz zurückgehalten. Bitte bestätigen Sie, dass "
     "Sie ein Mensch sind, indem Sie auf den Link klicken.", "post@hof.example.de"),
    ("確認 <auth@kikai.example.jp>", "【送信者確認】メールは保留されています",
     "sato@kikai.example.jp 宛てに送信されたメールは、迷惑メール対策のため保留されています。下記のURLで送信者確認を"
     "行ってください。", "sato@kikai.example.jp"),
])
def test_a_challenge_from_a_null_return_path(frm, subject, body, protected):
    raw = mail(f"{NULL_SENDER}From: {Header(frm, 'utf-8').encode() if not frm.isascii() else frm}\n"
               f"To: news@sender.example\nSubject: {Header(subject, 'utf-8').encode()}\n"
               "Content-Type: text/plain; charset=utf-8", body)
    report = classify(raw)
    assert report.kind == "challenge"
    if protected:
        assert one(report).address == protected


def test_tmda_names_the_user_behind_its_confirm_address():
    raw = mail(f"{NULL_SENDER}From: Jo <jo-confirm-1764000000.4242.a1b2c3@lab.example.net>\n"
               "To: bounces+jo=lab.example.net@sender.example\nSubject: Please confirm your message\n"
               "X-Delivery-Agent: TMDA/1.1.12",
               "This message was created automatically by mail delivery software (TMDA).\n\nYour message is being "
               "held because your address has not been verified. To release it, reply to this message.")
    assert (classify(raw).kind, one(classify(raw)).address) == ("challenge", "jo@lab.example.net")


@pytest.mark.parametrize("subject, body", [
    # a null-sender delay or quarantine notice that says "held" is no challenge
    ("Delivery delayed", "Your message to pia@club.example.org is on hold in the queue: the remote server did "
                         "not answer. We will keep trying for 48 hours."),
    ("Message quarantined", "Our spam filter quarantined your message to pia@club.example.org. Contact the "
                            "administrator if you believe this is an error."),
])
def test_a_hold_without_a_request_to_the_sender_is_no_challenge(subject, body):
    raw = mail(f"{NULL_SENDER}From: MAILER-DAEMON@gate.example.org\nTo: news@sender.example\nSubject: {subject}", body)
    assert classify(raw).kind != "challenge"


# -- tenth session: absence notes that say they were sent automatically ----------------------------
@pytest.mark.parametrize("subject, body", [
    ("Re: Your weekly offers", "Thank you for your message. I am on annual leave until 3 March and will not be "
                               "reading email.\n\nThis is an automated response."),
    ("AW: Ihr Newsletter", "Vielen Dank für Ihre E-Mail.\n\nIch befinde mich bis zum 12.03. im Urlaub.\n"
                           "Dies ist eine automatisch generierte Nachricht."),
    ("Fraværsmeddelelse: Din ordre", "Tak for din mail. Jeg er ikke på kontoret før den 5. marts."),
    ("Fravær", "Hei! Jeg er ute av kontoret til mandag. Svarer når jeg er tilbake."),
    ("Semester", "Hej! Jag har semester till och med 11 mars."),
    ("Re: Er beställning", "Tack för ditt mejl. Jag är ledig till den 4 april.\n\nDetta är ett automatiskt svar."),
    ("[help.example.org #4711] AutoReply: Printer broken",
     "This message has been automatically generated in response to the creation of a trouble ticket."),
])
def test_absence_notes_and_acknowledgements_read_by_their_words(subject, body):
    raw = mail(f"From: Pat <pat@firma.example>\nTo: news@sender.example\nSubject: {Header(subject, 'utf-8').encode()}\n"
               "Content-Type: text/plain; charset=utf-8", body)
    assert classify(raw).kind == "auto_reply"


def test_a_person_saying_a_mail_was_automated_is_no_auto_reply():
    raw = mail(person("Re: Frage"), "Die Rechnung kam als automatisch generierte Nachricht an. Können Sie sie "
                                    "bitte noch einmal schicken?")
    assert classify(raw).kind == "not_bounce"


def test_a_home_made_whitelist_challenge_in_german_and_english() -> None:
    """A challenge that names no product: the message is held until the stranger replies, because the
    address is not on the owner's list of known senders ("auf meiner Liste bekannter Absender"), and
    its subject asks to confirm the message (written as "bestaetigen", without the umlaut)."""
    raw = mail("From: Jonas Weber <jonas@weber-praxis.example>\nTo: bounces@news.example.com\n"
               "Subject: Bitte bestaetigen Sie Ihre Nachricht / Please confirm your message\n"
               "Auto-Submitted: auto-replied\nPrecedence: junk\nContent-Type: text/plain; charset=utf-8\n",
               "Guten Tag,\n\nIhre Nachricht mit dem Betreff \"Spring sale\" wurde zurückgehalten, da Ihre Adresse noch "
               "nicht auf meiner Liste bekannter Absender steht. Bitte antworten Sie einfach auf diese E-Mail.\n\n"
               "Hello,\n\nyour message has been held because your address is not yet on my list of known senders. "
               "Please simply reply to this email and your message will be delivered.\n")
    report = classify(raw)
    assert report.kind == "challenge"
    assert [r.address for r in report.recipients] == ["jonas@weber-praxis.example"]


@pytest.mark.parametrize("subject, body", [
    # what the stranger must do to have the held message delivered: reply, click, ask for approval
    ("Re: Spring sale [verification needed]",
     "Hello,\n\nI received your message, but your address is not yet on my list of known senders.\n\n"
     "To have your message delivered, simply reply to this e-mail (leave the subject as it is).\n"),
    ("Message held: Spring sale",
     "Your message to lena@hofmann-home.example has been held because you are not on my list of permitted "
     "senders.\nTo release it, reply to this message. Held messages are deleted after 14 days.\n"),
    ("Your message to lena@hofmann-home.example is awaiting approval",
     "Your message to lena@hofmann-home.example is waiting in a holding folder because you are not yet on my "
     "list of approved senders.\n\nPlease visit the page below to request approval:\nhttps://approve.hofmann-home.example/r/1\n"),
    ("Bestaetigung erforderlich",
     "Hallo,\n\num unerwuenschte Werbung zu vermeiden, bitte bestaetigen Sie Ihre Nachricht an "
     "lena@hofmann-home.example durch einen Klick auf den folgenden Link:\n\nhttps://hofmann-home.example/c?id=7\n\n"
     "Nach der Bestaetigung wird Ihre Nachricht zugestellt.\n"),
])
def test_a_challenge_says_what_releases_the_held_message(subject, body) -> None:
    """A home-made challenge names no product; the list of senders it keeps, and what the stranger must
    do to release the held message (reply, click the link, request approval), make it one."""
    raw = mail("From: Lena Hofmann <lena@hofmann-home.example>\nTo: bounces@news.example.com\n"
               f"Subject: {subject}\nAuto-Submitted: auto-replied\nContent-Type: text/plain; charset=utf-8\n", body)
    report = classify(raw)
    assert report.kind == "challenge"
    assert [r.address for r in report.recipients] == ["lena@hofmann-home.example"]


def test_an_out_of_office_that_asks_a_colleague_to_approve_is_no_challenge() -> None:
    """"request approval" in an absence note (a colleague approves invoices) is no hold of our message."""
    raw = mail("From: Lena Hofmann <lena@hofmann-home.example>\nTo: bounces@news.example.com\n"
               "Subject: Out of office\nAuto-Submitted: auto-replied\nContent-Type: text/plain; charset=utf-8\n",
               "I am out of the office until Monday. To request approval of an invoice, please contact "
               "tom@hofmann-home.example.\n")
    assert classify(raw).kind == "auto_reply"


@pytest.mark.parametrize("subject, body", [
    ("Re: Spring offers [sender confirmation needed]",
     "This is an automated reply. Your email to lena@hofmann-home.example is waiting in quarantine because you "
     "aren't one of the senders I have approved yet.\n\nSend back a blank reply to this note and your email will be "
     "released into my inbox.\n"),
    ("Re: Spring offers [Held - please confirm]",
     "Your message to lena@hofmann-home.example has been held.\n\nYou are not yet on my list of approved senders. "
     "Reply to this e-mail (no text needed) and your message will be delivered to my inbox.\n"),
    ("Bestätigung erforderlich",
     "Guten Tag,\n\nIhre E-Mail an lena@hofmann-home.example wurde vorläufig zurückgehalten: Ihre Absenderadresse ist "
     "mir bisher nicht bekannt.\n\nBitte bestätigen Sie bitte einmalig Ihre Adresse auf dieser Seite:\n"
     "https://verify.hofmann-home.example/c/1\n"),
    ("Vérification de l'expéditeur",
     "Bonjour,\n\nAfin de me protéger des courriers indésirables, je n'accepte que les messages des expéditeurs que "
     "j'ai autorisés. Votre adresse ne figure pas encore dans cette liste : votre message est en attente.\n\n"
     "Pour qu'il me parvienne, répondez simplement à ce courriel en conservant l'objet.\n"),
    ("Verifica mittente",
     "Gentile mittente,\n\nil suo messaggio è stato trattenuto perché il suo indirizzo non è ancora tra i mittenti "
     "autorizzati di questa casella.\n\nPer farlo consegnare è sufficiente rispondere a questa e-mail.\n"),
    ("Re: Spring offers (Action Required)",
     "Sorry for this automatic reply to your email.\n\nTo cut down on junk mail I only accept messages from senders "
     "I have approved beforehand. If you would like to be added to my approved senders, please fill in the short "
     "request form at the link below. Once I approve you, your original message will arrive in my inbox.\n"),
    ("Verificación de remitente",
     "Hola:\n\nSu mensaje está retenido porque su dirección todavía no figura en mi lista de remitentes conocidos.\n\n"
     "Para que se entregue, visite esta página: https://correo.hofmann-home.example/v?c=1\n"),
    ("Re: Our April picks",
     "I get far too much junk mail, so my mail filter only lets through email from people on my approved list, and "
     "your address is not on it yet.\n\nTo get your email through, simply reply to this message. The email you sent "
     "me is then moved to my inbox.\n"),
    ("Your email to Lena is awaiting your confirmation",
     "To protect my inbox from spam, email from senders I haven't approved yet is kept aside until the sender "
     "confirms. Your email is awaiting your confirmation.\n\nTo confirm, reply to this email.\n"),
    ("AW: Frühjahrsangebote",
     "Ihre Nachricht an mich wurde vorerst zurückgehalten, weil Ihre Adresse noch nicht in meiner Liste bekannter "
     "Absender steht.\n\nBitte antworten Sie kurz auf diese E-Mail. Danach wird Ihre Nachricht zugestellt.\n"),
    ("Votre message est en attente de vérification",
     "Vous m'avez écrit depuis une adresse qui ne fait pas encore partie de mes correspondants autorisés. Votre "
     "message est donc mis de côté.\n\nPour qu'il me parvienne, il suffit de répondre à ce message.\n"),
    ("Verifica mittente – messaggio in attesa",
     "il Suo indirizzo non risulta tra quelli da me autorizzati, perciò il messaggio che mi ha inviato è stato "
     "trattenuto.\n\nPer farlo recapitare basta rispondere a questa email.\n"),
    ("Mensaje en espera",
     "Su mensaje ha quedado en espera porque su dirección todavía no figura entre los remitentes que he aceptado. "
     "Para que me llegue, conteste a este mensaje una sola vez.\n"),
    ("Bericht tegengehouden",
     "Uw bericht is tegengehouden omdat uw adres nog niet op mijn lijst van goedgekeurde afzenders staat. Antwoord "
     "eenmalig op deze e-mail, dan wordt uw bericht bezorgd.\n"),
    ("Confirmação de remetente",
     "O seu endereço ainda não consta da minha lista de remetentes aprovados, por isso a sua mensagem ficou "
     "retida.\n\nPara que a mensagem me seja entregue, basta responder a este e-mail.\n"),
])
def test_a_home_made_challenge_in_its_writers_words(subject, body) -> None:
    """Not on the owner's list of approved senders, and what releases the held message, in English,
    German, French, Italian and Spanish (our renderings of the one meaning)."""
    raw = mail("From: Lena Hofmann <lena@hofmann-home.example>\nTo: bounces@news.example.com\n"
               f"Subject: {Header(subject, 'utf-8').encode()}\nAuto-Submitted: auto-replied\n"
               "Content-Type: text/plain; charset=utf-8\n", body)
    assert classify(raw).kind == "challenge"


def test_a_challenge_service_sent_with_a_null_return_path_saying_it_holds_the_message() -> None:
    """A screening service's request from its verify@ address, sent with a null return path: its
    statement that our message is held until we act ("is being held and will be delivered as soon as
    you complete the verification", the subject in brackets between) makes it a challenge, never a
    bounce, though "original message" is a report's word."""
    raw = mail("Return-Path: <>\nFrom: \"Walter Pruitt (via SpamShield)\" <verify@prairie.example>\n"
               "To: bounces@news.example.com\nSubject: Please verify your email address [Ref: 7F95EEDE]\n"
               "Auto-Submitted: auto-replied\nContent-Type: text/plain; charset=us-ascii\n",
               "You recently sent a message to walter@prairie.example. To protect against spam, this mailbox only "
               "accepts mail from senders who have verified that they are real people.\n\nPlease click the link "
               "below to verify your address.\n\nYour original message (subject: \"Spring offers\") is being held "
               "and will be delivered as soon as you complete the verification.\n")
    report = classify(raw)
    assert report.kind == "challenge"
    assert [r.address for r in report.recipients] == ["walter@prairie.example"]


@pytest.mark.parametrize("subject, body", [
    # a double opt-in of another list: confirm an address, nothing of ours held
    ("Please confirm your subscription", "Please confirm your subscription to the Garden Club newsletter: simply reply "
                                         "to this message. If you did not ask for it, ignore this mail.\n"),
    # a person who approves suppliers, replying about business
    ("Re: Our April picks", "Thanks. Our purchasing team only orders from suppliers on our approved list; please send "
                            "your company details to purchasing and they will get back to you.\n"),
])
def test_look_alikes_of_a_challenge_stay_what_they_are(subject, body) -> None:
    raw = mail("From: Lena Hofmann <lena@hofmann-home.example>\nTo: bounces@news.example.com\n"
               f"Subject: {subject}\nContent-Type: text/plain; charset=utf-8\n", body)
    assert classify(raw).kind not in ("challenge", "failed", "delayed")


def test_an_absence_note_without_headers_that_says_there_is_no_access_to_email() -> None:
    raw = mail("From: Laure <laure@atelier.example>\nTo: news@news.example.com\nSubject: RE: Spring offers\n"
               "In-Reply-To: <a1@news.example.com>\nX-Mailer: Microsoft Outlook 16.0\n"
               "Content-Type: text/plain; charset=utf-8\n",
               "Hi there,\n\nthanks for your email! I'm out of the office until 22 April with no\naccess to email. "
               "For anything urgent please call the studio on +33 1 23 45 67 89.\n\nLaure\n")
    assert classify(raw).kind == "auto_reply"


def test_a_dutch_absence_note_without_headers() -> None:
    raw = mail("From: Eva <eva@praktijk.example>\nTo: news@news.example.com\nSubject: RE: Aanbiedingen\n"
               "In-Reply-To: <a2@news.example.com>\nContent-Type: text/plain; charset=utf-8\n",
               "Beste,\n\nik ben met vakantie tot 22 april en heb geen toegang tot mijn e-mail. Voor dringende zaken "
               "kunt u de praktijk bellen.\n\nEva\n")
    assert classify(raw).kind == "auto_reply"


@pytest.mark.parametrize("body", [
    "Ik lees mijn mail niet tot maandag 5 augustus. Voor spoedgevallen kunt u de praktijk bellen.\n",
    "Ich bin bis zum 12. August nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden "
    "Sie sich bitte an meine Kollegin.\n",
])
def test_absence_notes_without_headers_in_dutch_and_german(body: str) -> None:
    raw = mail("From: Eva <eva@praktijk.example>\nTo: news@news.example.com\nSubject: RE: Aanbiedingen\n"
               "In-Reply-To: <a3@news.example.com>\nContent-Type: text/plain; charset=utf-8\n", body)
    assert classify(raw).kind == "auto_reply"


@pytest.mark.parametrize("subject, body", [
    # "this mail is an automatic reply from the system" / "we accepted your inquiry" (Japanese), "this mail is
    # the system's automatic reply" (Chinese), "this is an automatic reply mail" (Korean), marked auto-generated
    ("【予約センター】お問い合わせを受け付けました",
     "※このメールはシステムからの自動返信です\n\nこの度はお問い合わせいただき、誠にありがとうございます。\n"
     "2営業日以内に担当者よりご連絡いたします。"),
    ("感谢您的来信", "本邮件为系统自动回复，请勿直接回复。\n我们已收到您的邮件，将尽快与您联系。"),
    ("문의 감사합니다", "본 메일은 자동 회신 메일입니다.\n보내주신 메일은 확인 후 답변드리겠습니다."),
])
def test_an_automatic_reply_says_so_in_east_asian_languages(subject, body):
    raw = mail(f"From: info@shop.example.jp\nTo: news@sender.example\nSubject: {Header(subject, 'utf-8').encode()}\n"
               "Auto-Submitted: auto-generated\nContent-Type: text/plain; charset=utf-8", body)
    assert classify(raw).kind == "auto_reply"


def test_a_carriers_notice_sent_automatically_is_no_auto_reply():
    """"このメッセージは自動送信されています" (this message is sent automatically) heads the carriers' delivery
    reports: sent by a program, it is no reply."""
    body = ("このメッセージは自動送信されています。\n\n次の宛先へのメールは、受信者の迷惑メールフィルター設定により"
            "受信を拒否されたため、配信できませんでした。\n\n    宛先: hana@carrier.example.jp\n")
    raw = mail("From: MAILER-DAEMON@carrier.example.jp\nTo: news@sender.example\n"
               f"Subject: {Header('メール配信エラー', 'utf-8').encode()}\nAuto-Submitted: auto-generated\n"
               "Content-Type: text/plain; charset=utf-8", body)
    assert classify(raw).kind != "auto_reply"


@pytest.mark.parametrize("body", [
    "This mailbox is not monitored. Messages sent to this address will not be read.\nPlease use our support channels.",
    "Esta caixa de e-mail não é monitorada. Mensagens enviadas para este endereço não serão lidas.",
    "Este buzón no es monitoreado. Para consultas utilice nuestros canales oficiales.",
    "Questa casella di posta non è presidiata: per assistenza usi il modulo sul sito.",
    "Cette adresse e-mail n'est pas consultée. Merci d'utiliser notre formulaire de contact.",
    "Dieses Postfach wird nicht überwacht. Bitte nutzen Sie unser Kontaktformular.",
    "Deze mailbox wordt niet gelezen. Neem contact op via onze website.",
])
def test_an_unread_mailbox_answering_our_mail_is_an_auto_reply(body):
    raw = mail("From: noreply@bank.example\nTo: offers@news.sender.example\nSubject: Re: Spring sale\n"
               "In-Reply-To: <1@news.sender.example>\nContent-Type: text/plain; charset=utf-8", body)
    report = classify(raw)
    assert (report.kind, [r.address for r in report.recipients]) == ("auto_reply", ["noreply@bank.example"])


def test_a_receipts_footer_about_an_unread_mailbox_is_no_auto_reply():
    """The same words in a footer of a receipt sent to us (no answer to our mail) announce nothing."""
    raw = mail("From: Shop <noreply@shop.example>\nTo: offers@news.sender.example\nSubject: Your order 4411\n"
               "Content-Type: text/plain; charset=utf-8",
               "Thank you for your order 4411. It ships tomorrow.\n\nThis mailbox is not monitored.\n")
    assert classify(raw).kind == "not_bounce"


def test_a_swiss_absence_note_in_den_ferien():
    """Swiss and Austrian German say "in den Ferien" for on holiday; with no access to mail, an absence note."""
    raw = mail("From: Beat <beat@bluewin.example.ch>\nTo: news@sender.example\nSubject: Ferienabwesenheit\n"
               "In-Reply-To: <1@sender.example>\nContent-Type: text/plain; charset=utf-8",
               "Grüezi\n\nIch bin bis am 2. Dezember in den Ferien und habe keinen Zugriff auf meine E-Mails.\n\nBeat")
    assert classify(raw).kind == "auto_reply"
