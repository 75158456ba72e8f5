"""Issue 8, second look: a person's mail is never an opt-out request, an auto-reply or a challenge.

An unsubscribe takes a reader off the list for good, so a request counts only when it is about the
sender's mailing (its newsletter, mailing list, "these e-mails", "your list"), or is a bare request
("Désinscrivez-moi.", "我要退订。", "Remove me from the list.") in a short answer to the sender's mail.
The same verbs also take a person off a list of speakers, a waiting list, a course, a dinner; a
marketing footer tells its readers how to leave; somebody passes on what a colleague said.  An
out-of-office note is automatic; a person who mentions being away and asks something, or sends a
file, wrote a mail.  A helpdesk that wants the address of a new ticket verified holds back no mail
of ours.  Every text below was written for this test (example domains of RFC 2606).

(``detectors/autoreply.py``: ``UNSUB_REQUESTS``, ``_UNSUB_BODY``, ``_short_reply``, ``_own_request``,
``_has_attachment``, ``_does_more_than_announce``, ``_TICKET``, ``_without_contact_block``.)
"""
from __future__ import annotations

import re
import time

import pytest

from filter import classify
from filter.core.detectors import autoreply
from filter.core.message import ParsedMessage
from shapes import mail

UTF8 = "Content-Type: text/plain; charset=utf-8\n"


def person(subject: str, extra: str = "") -> str:
    return f"From: Reader <reader@isp.example>\nTo: news@shop.example\nSubject: {subject}\n{extra}{UTF8}"


# ---- people's mail that uses the opt-out verbs about something else --------------------------------
NOT_OPT_OUT = [
    # nl: a meeting, a training, the list of speakers
    ("Vergadering vrijdag", "Beste Jan,\n\nIk wil me graag afmelden voor de vergadering van vrijdag, ik ben dan ziek.\n\nGroet, Piet"),
    ("Afmelden", "Hoi, ik moet me helaas afmelden voor de training van morgen. Groetjes, Anne"),
    ("Re: Symposium", "Haal mij maar van de lijst van sprekers, ik kan er niet bij zijn."),
    # ru: "отписаться о получении" is "confirm receipt"; the list of participants
    ("Договор", "Добрый день! Направляю договор на подпись. Прошу отписаться о получении. С уважением, Иван"),
    ("Re: Акт сверки", "Коллеги, прошу отписаться о результатах проверки до пятницы."),
    ("Семинар", "Удалите меня из списка участников семинара, я заболел."),
    # es: a sick leave, the waiting list, the wedding guests
    ("Re: turnos", "Hola Marta, la semana que viene tengo que darme de baja por la operación, ¿puedes cubrir mis turnos?"),
    ("Lista de espera", "Buenas tardes, ya encontré plaza en otro curso. ¿Podrían sacarme de la lista de espera? Gracias"),
    ("Boda", "Quítenme de la lista de invitados de la cena, no podré ir."),
    # fr: the speakers, a course, the waiting list
    ("Colloque", "Bonjour, je ne pourrai pas intervenir. Pouvez-vous me retirer de la liste des intervenants ? Merci"),
    ("Yoga", "Merci de me désinscrire du cours de yoga de jeudi."),
    ("Re: Stage", "Pourriez-vous me supprimer de la liste d'attente ? Bonne journée."),
    # pt: the speakers, a course, the duty roster
    ("Palestra", "Olá, infelizmente não poderei participar. Podem me remover da lista de palestrantes? Obrigada"),
    ("Curso", "Preciso me descadastrar do curso de inglês a partir de março."),
    ("Re: Escala", "Por favor, me retirem da escala de plantão de domingo."),
    # de: the speakers, the participants, the waiting list
    ("Konferenz", "Guten Tag, streichen Sie mich bitte von der Liste der Redner, ich bin krank. Viele Grüße"),
    ("Ausflug", "Bitte tragen Sie mich aus der Teilnehmerliste für Freitag aus."),
    ("Re: Kita", "Nehmen Sie mich bitte von der Warteliste, wir sind umgezogen."),
    # it: the dinner, a shift, the speakers
    ("Riunione", "Ciao, cancellatemi dalla lista dei partecipanti alla cena di venerdì, grazie. Marco"),
    ("Re: Turni", "Potete togliermi dal turno di sabato?"),
    ("Convegno", "Rimuovetemi dall'elenco dei relatori, grazie."),
    # pl: a course, the trip's participants, classes
    ("Kurs", "Dzień dobry, proszę o wypisanie mnie z kursu angielskiego od stycznia. Pozdrawiam"),
    ("Wycieczka", "Proszę wykreślić mnie z listy uczestników wycieczki."),
    ("Re: Zajęcia", "Chcę się wypisać z zajęć w czwartek."),
    # zh: on someone else's behalf; a booking ("退订" also cancels a room)
    ("会议通知", "各位好，明天下午三点开会。另：张三说请帮我退订那个杂志。"),
    ("Re: 报纸", "李经理说：我要退订报纸。"),
    ("会议室", "请帮我退订明天的会议室。"),
    # en: the list of speakers, the waiting list, on someone else's behalf
    ("Conference", "Hi Tom, please remove me from the list of speakers for Friday, I am ill. Thanks, Sue"),
    ("Course", "Can you take me off the waiting list? I found another course."),
    ("Club", "Hi all, a note from Tom, who said: please remove me from your mailing list.\nSee you Friday."),
    # a bare request, but no answer to the sender's mail ("the list" is some other list)
    ("Planning", "Remove me from the list.\nI will not make it to the offsite, sorry."),
    # ru "отписываюсь" in business mail is "I'm reporting back"; pl "wypisuję się": pulling out of a trip
    ("RE: Договор", "Отписываюсь: получил, спасибо."),
    ("Re: Договор", "Отписываюсь по итогам встречи: всё согласовано."),
    ("RE: wycieczka", "Wypisuję się, niestety."),
    ("Re: Kurs", "Niestety wypisuję się z kursu, nie dam rady."),
    # nl: the verb alone about something else; "me" asks about the dinner
    ("Re: Etentje", "Graag afmelden voor het etentje van vrijdag."),
    ("Re: Etentje", "Graag afmelden, ik kan vrijdag niet."),
]


@pytest.mark.parametrize("subject,body", NOT_OPT_OUT)
def test_a_persons_mail_with_opt_out_verbs_is_no_unsubscribe(subject, body):
    assert classify(mail(person(subject), body + "\n")).kind == "not_bounce"


# ---- marketing footers without list headers: they tell the reader how to leave ------------------
FOOTERS = [
    ("From: ショップ <info@shop.example>\nSubject: 年末セールのお知らせ\n",
     "いつもご利用ありがとうございます。年末セールを開催中です。\nhttps://shop.example/sale\n"
     "※配信停止をご希望の方は、こちらから配信解除をお願いします。https://shop.example/stop"),
    ("From: ショップ <info@shop.example>\nSubject: 【重要】会員規約改定\n",
     "会員規約を改定しました。詳細はこちら。今後メールが不要な場合は配信を停止してください。"),
    ("From: ショップ <info@shop.example>\nSubject: 新商品のご案内\n",
     "新商品が入荷しました。不要な場合はメールの配信を停止してください。"),
    ("From: 商城 <promo@mall.example>\nSubject: 年终大促\n", "全场五折！如不需要，请点击链接退订此类邮件：https://mall.example/td"),
    ("From: 쇼핑몰 <ad@shop.example>\nSubject: 이벤트 안내\n", "(광고) 이벤트 안내입니다. 광고 메일 수신거부를 원하시면 여기를 클릭하세요."),
    ("From: Shop <promo@shop.example>\nSubject: Winter sale\n",
     "Our winter sale starts today: https://shop.example/a https://shop.example/b https://shop.example/c\n"
     "Stop sending me these? Unsubscribe here."),
    ("From: Boutique <promo@boutique.example>\nSubject: Soldes\n",
     "Les soldes commencent. Si vous ne souhaitez plus recevoir nos e-mails, désabonnez-vous de notre newsletter ici."),
    # the links above a signature's block still count: a shop's mail, its own contact lines below
    ("From: Shop <promo@shop.example>\nSubject: Winter sale\n",
     "Winter sale: https://shop.example/a https://shop.example/b https://shop.example/c\nUnsubscribe\n\n"
     "Shop Example\nhttps://shop.example\n+1 555 0100"),
    # nl: the verb alone in a footer's question, or after "zich"
    ("From: Winkel <info@shop.example>\nSubject: Aanbiedingen\n",
     "Nieuwe aanbiedingen deze week.\nAfmelden voor de nieuwsbrief? Klik hier."),
    ("From: Winkel <info@shop.example>\nSubject: Aanbiedingen\n",
     "Nieuwe aanbiedingen deze week.\nU kunt zich hier afmelden voor de nieuwsbrief."),
    # en: "if you no longer wish to receive our emails" is the footer's
    ("From: Shop <promo@shop.example>\nSubject: Deals\n",
     "New deals this week. If you no longer wish to receive our emails, please let us know."),
]


@pytest.mark.parametrize("head,body", FOOTERS)
def test_a_marketing_footer_is_no_unsubscribe(head, body):
    assert classify(mail(head + "To: news@shop.example\n" + UTF8, body + "\n")).kind == "not_bounce"


# ---- the subject alone asks, but a file came along: the mail is about the file ---------------------
@pytest.mark.parametrize("subject,filename", [("Cancellazione", "modulo_recesso_ordine_4411.pdf"),
                                              ("Baja", "parte_de_baja_medica.pdf"), ("Stop", "stop_order_form.pdf")])
def test_a_one_word_subject_with_a_file_is_no_unsubscribe(subject, filename):
    raw = (f"From: Mario <m.rossi@people.example>\nTo: ordini@shop.example\nSubject: {subject}\nMIME-Version: 1.0\n"
           'Content-Type: multipart/mixed; boundary="zz"\n\n--zz\nContent-Type: text/plain; charset=utf-8\n\n\n'
           f'--zz\nContent-Type: application/pdf; name="{filename}"\nContent-Disposition: attachment; filename="{filename}"\n'
           "Content-Transfer-Encoding: base64\n\nJVBERi0xLjQKJcfsj6IK\n--zz--\n")
    assert classify(raw.encode()).kind == "not_bounce"


# ---- what the rules are for: requests about the mailing, bare requests in a short answer ----------
OPT_OUT = [
    # the mailing named
    ("Re: Angebot", "Bitte streichen Sie mich aus Ihrem Newsletter-Verteiler."),
    ("Frage", "Ich möchte mich vom Newsletter abmelden."),
    ("Re: Promo", "Merci de me retirer de votre liste, cordialement."),
    ("Re: Ofertas", "Por favor, quítenme de su boletín."),
    ("Re: Novità", "Toglietemi dalla vostra newsletter, grazie."),
    ("Re: Aanbieding", "Wilt u mij uitschrijven voor de nieuwsbrief?"),
    ("Re: Promoção", "Por favor, me excluam da lista de e-mails."),
    ("Odp: Promocja", "Proszę mnie wypisać z newslettera."),
    ("Re: Скидки", "Прошу отписаться от вашей рассылки."),
    ("Re: 12月のご案内", "今後はメールを送らないでください。"),
    ("Re: 优惠活动", "请不要再给我发广告邮件。"),
    ("Re: 이벤트 안내", "이메일 수신거부 해주세요."),
    ("Re: December deals", "Please take me off your list."),
    ("SV: Vårerbjudanden", "Avregistrera mig från ert nyhetsbrev, tack."),
    ("SV: Tilbud", "Fjern mig fra jeres nyhedsbrev."),
    ("SV: Tilbud", "Meld meg av nyhetsbrevet deres."),
    # bare requests in a short answer to the sender's mail
    ("Re: Nieuwsbrief december", "Meld mij af alstublieft."),
    ("Re: Ofertas de enero", "Quiero darme de baja. Gracias."),
    ("Re: Promo", "Désabonnez-moi, merci."),
    ("Re: Скидки", "Хочу отписаться."),
    ("Re: Promoção", "Descadastre-me, por favor."),
    ("Re: 12月のご案内", "配信停止をお願いします。"),
    ("Re: 优惠活动", "请帮我退订，谢谢"),
    ("Re: 优惠活动", "退订"),
    ("Re: 이벤트 안내", "수신거부합니다."),
    ("Re: December deals", "Please remove me from the list.\n\n--\nJoe Reader\nAcme Ltd."),
    ("Abmelden", "Bitte abmelden."),
    ("SV: Vårerbjudanden", "Ta bort mig, tack."),
    ("Avregistrera", ""),
    ("Baja", ""),
    # the subject is the request, the text adds "me" or nothing but a signature
    ("Unsubscribe", "Please unsubscribe me."),
    ("Unsubscribe", "-- \nJohn"),
    ("Unsubscribe", "\nSent from my iPhone"),
    ("unsubscribe", "\n--\nJohn Smith\nACME"),
    # in a reply to the newsletter: the mailing named, or a bare request
    ("Re: December offers", "Please remove me from your emails."),
    ("Re: December offers", "I want to unsubscribe."),
    ("Re: December offers", "I no longer wish to receive these emails."),
    ("Re: December offers", "Please remove my email address from your list."),
    ("Re: December offers", "Please unsubscribe me."),
    ("AW: Angebote", "Bitte löschen Sie meine E-Mail-Adresse aus Ihrem Verteiler."),
    ("RE: Aanbiedingen", "Graag afmelden voor de nieuwsbrief."),
    ("Nieuwsbrief", "Graag afmelden voor de nieuwsbrief."),
    # nl: "uitschrijven" alone, asked for ("graag"), is the reader's own unsubscription; es: "take us off"
    ("unsubscribe", "Graag uitschrijven, bedankt."),
    ("RE: Webinar", "Por favor, dennos de baja de sus envíos. No estamos interesados."),
    # pt: the one word "REMOVER" (remove) as subject and text; it: "cancellami" (cancel me), alone
    ("REMOVER", "REMOVER\n\n\nEnviado do meu iPhone"),
    ("R: Saldi di primavera", "cancellami"),
    ("Re: Novedades de la semana", "hola quiero darme de baja de este boletín, gracias"),
    ("Re: Aanbiedingen van de week", "Gelieve mij te verwijderen uit uw mailinglijst, ik heb me nooit aangemeld."),
    ("Désabonnement", "Merci de me désabonner de votre lettre, je ne la lis plus.\nCordialement"),
    # the first-person forms still ask when they name the mailing
    ("RE: Акции", "Отписываюсь от рассылки."),
    ("RE: Oferty", "Wypisuję się z newslettera."),
    # ko: "수신거부" is the standard opt-out word (the Korean anti-spam law's)
    ("RE: 광고", "수신거부"),
    # a reply whose signature is a block of links: the reader's own text is one word
    ("RE: December offers", "Unsubscribe\n\nJohn Smith\nhttps://acme.example\nhttps://linkedin.com/in/js\n"
                            "https://twitter.com/js"),
    ("RE: December offers", "Unsubscribe\n\nJohn Smith | Sales Manager\nACME Corp\nwww.acme.example\n"
                            "Tel +1 555 0100\nhttps://linkedin.com/in/js\nhttps://twitter.com/js"),
]


@pytest.mark.parametrize("subject,body", OPT_OUT)
def test_a_readers_opt_out_request(subject, body):
    report = classify(mail(person(subject), body + "\n"))
    assert (report.kind, [r.address for r in report.recipients]) == ("unsubscribe", ["reader@isp.example"])


def test_a_request_above_a_quoted_newsletter_full_of_links():
    body = ("Please remove me from your mailing list.\n\n-----Original Message-----\nFrom: Shop <news@shop.example>\n\n"
            + "".join(f"Deal {i}: https://shop.example/d{i}\n" for i in range(6)))
    assert classify(mail(person("RE: Deals"), body)).kind == "unsubscribe"


def test_a_bare_request_above_the_quoted_newsletter():
    body = ("Abmelden bitte.\n\n-----Ursprüngliche Nachricht-----\nVon: Shop <news@shop.example>\nBetreff: Nur heute\n\n"
            + "Nur heute 20 % Rabatt auf alles, solange der Vorrat reicht. " * 12 + "\n")
    assert classify(mail(person("AW: Nur heute"), body)).kind == "unsubscribe"
    # a long mail of the reader's own is no bare request
    assert classify(mail(person("AW: Nur heute"), "Abmelden bitte.\n" + "Ich habe noch eine Frage zur Rechnung. " * 12
                         + "\n")).kind == "not_bounce"


def _reply_with_original(body: str, original_head: str) -> bytes:
    return ("From: Reader <reader@isp.example>\nTo: news@shop.example\nSubject: Re: Freitag\nMIME-Version: 1.0\n"
            'Content-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain; charset=utf-8\n\n'
            f"{body}\n--b\nContent-Type: message/rfc822\n\n{original_head}\nHallo!\n--b--\n").encode()


def test_a_bare_request_answering_a_persons_mail_is_no_unsubscribe():
    # the answered mail, sent along, came from a person: "me afmelden" is for Friday's meeting
    person_mail = "From: Jan <jan@shop.example>\nTo: reader@isp.example\nSubject: Freitag\n"
    assert classify(_reply_with_original("Ik wil me afmelden.", person_mail)).kind == "not_bounce"
    newsletter = person_mail + "List-Unsubscribe: <mailto:off@shop.example>\n"
    assert classify(_reply_with_original("Ik wil me afmelden.", newsletter)).kind == "unsubscribe"


def test_a_request_quoting_the_newsletter_stays_a_request():
    body = "Bitte nehmen Sie mich aus Ihrem Verteiler.\n\n> Nur heute 20 % Rabatt: https://shop.example/a\n"
    report = classify(mail(person("AW: Nur heute", "In-Reply-To: <a1@shop.example>\n"), body))
    assert report.kind == "unsubscribe"


# every alternative of the opt-out patterns holds one of its language's plain words (the cheap first
# look): whatever a pattern finds in these texts, its words are there
SAMPLES = [b for _, b in OPT_OUT if b] + [b for _, b in NOT_OPT_OUT] + [b for _, b in FOOTERS] + [
    "Nehmen Sie mich bitte vom Verteiler.", "Melden Sie mich bitte vom Newsletter ab.", "Rayez-nous de vos envois.",
    "Sáquenme de su lista de correo.", "Bórreme de su boletín.", "Quíteme de su lista, gracias.", "Elimíneme.",
    "Remueveme de sus envíos.", "Sácame de tu lista.", "Retírame de esta lista de correo.", "Supprimez-moi de vos mailings.",
    "Mi tolga dalla vostra mailing list.",
    "Schrijf mij uit voor de nieuwsbrief.", "Tira-me da vossa lista de emails.", "Usuńcie mnie z waszej listy.",
    "Уберите меня из рассылки.", "メルマガの購読を解除してください。", "把我的邮箱从列表删除。", "TD", "수신 거부",
    "Please take me off these mailings.", "Delete my details from your database.", "I don't want to receive them.",
    "I do not wish to get any more of your offers.", "Remove me from all your newsletters.", "Please unsubscribe.",
    "I'd like to unsubscribe.", "Entfernen Sie meine Adresse aus der Liste.", "Ik wil afmelden voor de mailing.",
    "Uitschrijven voor de nieuwsbrief.", "Bij deze afmelden van de mailinglijst.",
    "Afmeld mig fra listen.", "Fjern meg fra e-postlisten.", "Ta bort mig från era utskick.",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_the_plain_words_stand_for_the_opt_out_patterns(text):
    low = text.lower()
    for lang, words, named, bare in autoreply.UNSUB_REQUESTS:
        for pattern, flags in ((named, re.I), (bare, re.I | re.M)):
            if pattern and re.search(pattern, text, flags):
                assert any(w in low for w in words), (lang, text)


# ---- a person who mentions being away is no auto-reply --------------------------------------------
NOT_AWAY = [
    ("Zahlen Q4", "Hallo Anna,\n\nich werde ab Montag nicht im Büro sein (Elternzeit). Ich kehre am 14. Januar zurück. "
                  "Kannst du mir die Q4-Zahlen bitte bis Freitag schicken?\n\nDanke, Jan"),
    ("Übergabe", "Ich werde ab 20.12. nicht im Büro sein. Ich kehre am 7.1. zurück. Anbei die Unterlagen für die Übergabe."),
    ("Re: Angebot", "ich bin ab morgen im Urlaub und ab dem 3. wieder da. Kannst du bis dahin das Angebot prüfen?"),
    ("회의 자료", "팀장님, 현재 휴가 중입니다만 급한 건이라 메일 드립니다. 자료 첨부했고, 돌아와서 다시 정리하겠습니다."),
    ("보고서", "휴가 중입니다. 요청하신 보고서 첨부합니다. 복귀 후 다시 연락드리겠습니다."),
    ("Re: 일정", "부재중입니다만 확인 부탁드립니다. 돌아와서 회의하죠."),
    ("Q4 figures", "I am out of the office until Monday, back on the 5th. Could you send me the Q4 figures before then?"),
    ("Devis", "Je serai absent la semaine prochaine, de retour le 12. Pouvez-vous m'envoyer le devis ?"),
    ("Contrato", "Estaré fuera de la oficina hasta el lunes, regresaré el 3. Te adjunto el contrato firmado."),
    # "fragen" / "vragen" are also the verb "ask": the person asks the reader to ask someone
    ("Re: Angebot", "Ich werde ab 02.12.2026 nicht im Büro sein. Ich kehre zurück am 09.12.2026. "
                    "Kannst du bis dahin Anna fragen?"),
    ("Afwezig", "Ik ben afwezig tot 14 december. Kun je Jan vragen?"),
    # a question with no place to turn after it
    ("Re: December offers", "I'm on vacation until December 14 and will reply when I'm back. Could you send me the price list?"),
]


@pytest.mark.parametrize("subject,body", NOT_AWAY)
def test_a_person_mentioning_absence_in_a_mail_is_no_auto_reply(subject, body):
    assert classify(mail(person(subject), body + "\n")).kind == "not_bounce"


AWAY = [
    # Lotus Notes' German template, dates as digits
    ("Abwesenheitsnotiz: Angebot", "Ich werde vom 21.12. bis 04.01.2027 nicht im Büro sein."),
    ("Re: Angebot", "Ich werde ab  02.12.2026 nicht im Büro sein. Ich kehre zurück am  09.12.2026."),
    ("Re: Angebot", "안녕하세요. 현재 휴가 중입니다. 1월 5일에 돌아와서 답변드리겠습니다."),
    # an absence note may ask about urgent matters, and link to a calendar
    ("Ihre Bestellung", "Ich bin bis zum 3. Juni nicht im Büro. Dringende Fragen? Wenden Sie sich an info@firma.example. "
                        "Ab dem 4. Juni bin ich wieder erreichbar."),
    ("Your order", "I am out of the office until 5 May and back on 6 May. Calendar: https://firma.example/cal?id=1"),
    ("Your order", "I am out of the office until 5 May. Questions? My colleague Ann (ann@firma.example) will help you. "
                   "I will be back on 6 May."),
    # Lotus Notes' templates: the note's own question, then where to turn (a phone number, "write to")
    ("Jane Doe ist außer Haus.", "Ich werde ab 02.12.2026 nicht im Büro sein. Ich kehre zurück am 09.12.2026.\n\n"
                                 "Haben Sie Fragen? Tel. 030 1234567"),
    ("Jane Doe ist außer Haus.", "Ich werde ab 02.12.2026 nicht im Büro sein. Ich kehre zurück am 09.12.2026.\n\n"
                                 "Sie benötigen sofort Hilfe? Dann schreiben Sie an service@firma.example."),
    ("Jane Doe is out of the office.", "I will be out of the office starting 12/01/2026 and will not return until "
                                       "12/14/2026.\n\nQuestions? Email help@firma.example or phone 555 0100."),
    ("Jane Doe is out of the office.", "I will be out of the office starting 12/01/2026 and will not return until "
                                       "12/14/2026.\n\nNeed something sooner? Ring Bob on ext. 2201."),
    ("Afwezig", "Ik ben afwezig tot 14 december. Heeft u vragen? Bel 020 1234567."),
    ("Fuera de la oficina", "Estoy fuera de la oficina hasta el 14 de diciembre. ¿Tiene preguntas? Llame al 91 123 45 67."),
]


@pytest.mark.parametrize("subject,body", AWAY)
def test_an_absence_note_stays_an_auto_reply(subject, body):
    assert classify(mail(person(subject), body + "\n")).kind == "auto_reply"


# ---- a helpdesk that verifies a ticket's address, a shop that confirms one: no challenge ---------
@pytest.mark.parametrize("frm,subject,body", [
    ("Helpdesk <support@help.example>", "Ticket #5521: your message requires verification",
     "Hello,\n\nWe received your request. Before an agent can look at it, please verify your email by clicking the "
     "link: https://help.example/v/5521\nYour message to support@help.example will be delivered to the team once verified."),
    ("Service <service@help.example>", "[Case: 00123] Please confirm your email",
     "Thank you for contacting us. Please confirm your email so that your message is delivered to our agents."),
    ("Kundenservice <service@firma.example>", "Ihre Anfrage Nr. 4711",
     "Bitte bestätigen Sie Ihre E-Mail-Adresse über den Link, damit Ihre Nachricht zugestellt wird: https://firma.example/v"),
    ("Shop <noreply@shop.example>", "Your email requires verification",
     "Hi Anna,\n\nthanks for your order #4411. Please confirm your email address by clicking the link below so that we "
     "can send you delivery updates.\n\nhttps://shop.example/verify?t=abc"),
])
def test_a_ticket_or_account_verification_is_no_challenge(frm, subject, body):
    assert classify(mail(f"From: {frm}\nTo: news@shop.example\nSubject: {subject}\n", body + "\n")).kind != "challenge"


@pytest.mark.parametrize("frm,subject,body,protected", [
    ("Dave <dave@smallbiz.example>", "Your email requires verification verify#16f7a2c9e8",
     "The message you sent requires that you verify that you are a real live human being and not a spam source.\n"
     "To complete this verification, simply reply to this message and leave the subject line intact.\n",
     "dave@smallbiz.example"),
    ("ruth-confirm-1701.abc@home.example", "Please confirm your message",
     "A message that you sent has not yet been delivered to ruth@home.example: it is held until you confirm it.\n"
     "To release your message, simply reply to this confirmation request.\n", "ruth@home.example"),
])
def test_challenges_stay_challenges(frm, subject, body, protected):
    report = classify(mail(f"From: {frm}\nTo: news@shop.example\nSubject: {subject}\n", body))
    assert (report.kind, [r.address for r in report.recipients]) == ("challenge", [protected])


# Challenge systems send with a null return path as auto-repliers do (RFC 3834): that alone makes
# no mail system of them.  Their requests as the products word them, and in other languages; the
# person protected is the one "your message to ..." names, in those languages too.
@pytest.mark.parametrize("frm,subject,body,protected", [
    ("Jane Doe via Boxbe <notify@boxbe.example.com>", "Request to join Jane Doe's Guest List",
     'Hello news@shop.example,\n\nYour message about "Winter sale" to jane@example.com has been waitlisted.\n'
     "Please add yourself to my Guest List so your messages will be delivered to my Inbox.\n", "jane@example.com"),
    ("Tim <tim@example.net>", "Re: Winter sale [verification required]",
     "I am protecting myself from receiving junk mail. Just this once, click the link below so I can receive your\n"
     "email. Your message has been held. Spam Arrest\n", "tim@example.net"),
    ("Rob <rob@example.com>", "Re: Winter sale - registration required",
     "I am using ChoiceMail. Your email has been held pending your registration. Please click on the link below.\n",
     "rob@example.com"),
    ("verify@example.net", "Verify email address: news@shop.example",
     'The recipient of the email you sent to "mike@example.net" has requested\nthat all messages be verified before '
     "they are delivered. Please reply to this message, keeping the subject intact.\n\nYour original message headers:\n"
     "Subject: Winter sale\nFrom: news@shop.example\n\nBoxTrapper\n", "mike@example.net"),
    ("Helen <helen@example.com>", "Re: Winter sale",
     "To cut down on spam I only accept mail from verified senders.\nPlease confirm you are human by clicking the link "
     "below, and your message will be delivered.\n", "helen@example.com"),
    ('"Spamschutz" <spamschutz@example.com>', "Bitte bestätigen Sie Ihre E-Mail",
     "Ihre E-Mail an klaus@example.com wurde vorübergehend zurückgehalten. Damit wir wissen, dass Sie kein "
     "automatischer Spam-Versender sind, klicken Sie bitte auf den folgenden Link.\n", "klaus@example.com"),
    ("Martine <martine@example.net>", "Confirmation de votre message",
     "Votre message a été mis en attente. Pour qu'il me soit remis, veuillez cliquer sur le lien ci-dessous afin de "
     "confirmer que vous n'êtes pas un robot.\n", "martine@example.net"),
    ("Jorge <jorge@example.org>", "Confirme su mensaje: Winter sale",
     "Su mensaje ha sido retenido por mi sistema antispam. Para que sea entregado, por favor haga clic en el "
     "siguiente enlace y confirme que es usted una persona.\n", "jorge@example.org"),
])
def test_challenges_sent_with_a_null_return_path(frm, subject, body, protected):
    from email.header import Header

    raw = mail(f"Return-Path: <>\nFrom: {frm}\nTo: news@shop.example\nSubject: {Header(subject, 'utf-8').encode()}\n"
               "Content-Type: text/plain; charset=utf-8\n", body)
    report = classify(raw)
    assert (report.kind, [r.address for r in report.recipients]) == ("challenge", [protected])


@pytest.mark.parametrize("rp, frm, subject, body", [
    ("<>", "Acme <hello@acme.example>", "Confirm you are human",
     "Before we create your account, please confirm you are human. Click the link below to verify your address. "
     "Once done, your welcome message will be delivered to your inbox."),
    ("<bounce@acme.example>", "Acme <hello@acme.example>", "Welcome to Acme",
     "Your email has been registered. To finish, please confirm you are human and verify your email by clicking the link."),
    ("<news@shop.example>", "Shop <news@shop.example>", "Bitte bestätigen",
     "bitte bestätigen Sie Ihre E-Mail, indem Sie auf den folgenden Link klicken. So wissen wir, dass Sie kein Roboter sind."),
    ("<>", "Quarantine <quarantine@example.org>", "Spam quarantine summary",
     "You have 3 messages held pending your approval in the quarantine. Click the link to release or whitelist the sender."),
    ("<>", "E-Mail Sicherheit <gateway@mx.example.org>", "Ihre Nachricht wurde zurückgehalten",
     "Ihre Nachricht an jane@example.org wurde von unserem Spamfilter vorübergehend zurückgehalten. Wenn es sich um "
     "einen Irrtum handelt, klicken Sie auf den folgenden Link."),
    ("<>", "Pierre <pierre@client.example>", "Absent jusqu'au 15",
     "Je suis absent jusqu'au 15 novembre. Votre message a été mis en attente et sera traité à mon retour."),
])
def test_sign_ups_quarantines_and_absence_notes_are_no_challenges(rp, frm, subject, body):
    from email.header import Header

    raw = mail(f"Return-Path: {rp}\nFrom: {frm}\nTo: news@shop.example\nSubject: {Header(subject, 'utf-8').encode()}\n"
               "Content-Type: text/plain; charset=utf-8\n", body + "\n")
    assert classify(raw).kind != "challenge"


def test_a_report_with_a_servers_reply_is_no_challenge():
    raw = mail("Return-Path: <>\nFrom: MAILER-DAEMON@mx.example.org\nTo: news@shop.example\nSubject: Message blocked",
               "Your message to jane@example.org was blocked by our spam protection system and was not delivered.\n"
               "550 5.7.1 Message rejected as spam.\nIf you are a legitimate sender, confirm you are human by clicking "
               "the link to release your message.\n")
    report = classify(raw)
    assert report.kind == "failed" and report.recipients[0].class_ == "block"


def test_a_mail_systems_bounce_naming_a_challenge_product_stays_a_bounce():
    raw = mail("Return-Path: <>\nFrom: Mail Delivery System <MAILER-DAEMON@mx.example.net>\nTo: news@shop.example\n"
               "Subject: Mail delivery failed",
               "<jo@example.net>: 550 5.7.1 sender not verified by BoxTrapper; please reply to this message, keeping "
               "the subject intact\n\n------ This is a copy of the message, including all the headers. ------\n"
               "From: news@shop.example\nTo: jo@example.net\nSubject: Winter sale\n\nHi\n")
    assert classify(raw).kind == "failed"


# ---- the new patterns stay linear on long runs of blanks and repeated words ---------------------
def _timed(fn, text):
    start = time.perf_counter()
    fn(text)
    return time.perf_counter() - start


@pytest.mark.parametrize("text", [
    "stop sending me" + " " * 5000 + "x", "stop sending me these" + " " * 5000 + "x", "me retirer" + " " * 5000,
    "Отпишите меня" + " " * 5000, "haal mij" + " " * 5000 + "x", "\nabmelden" + " " * 5000 + "x", "me " * 1700,
    "nehmen sie mich " * 300, "请帮我退订" + " " * 5000 + "x", "ticket #" * 600, "? " * 2500,
    # many requests in one long sentence a footer's "if you" ends, and many short sentences
    "remove me from your mailing list, " * 150 + "if you", "remove me from your list click " * 160,
    "unsubscribe me. " * 300, "?\n" * 2500, "? Tel " * 800, "John Smith\n" * 400 + "https://x.example\n" * 400,
    "?tel" + " " * 5000 + "x", "x\n\nJohn\ntel" + " " * 5000 + "x\n+1 555 0100",
])
def test_the_guards_stay_fast(text):
    reply = ParsedMessage(mail(person("Re: News"), "x\n"))
    assert _timed(lambda t: autoreply._asks_unsubscribe_not_bounce(reply, t, t), text) < 0.5
    assert _timed(autoreply._does_more_than_announce, text) < 0.5
    assert _timed(autoreply._TICKET.search, text) < 0.5


def test_the_challenge_index_stands_for_the_challenge_pattern():
    """_challenge_words tries the pattern only on a text holding one of _CHALLENGE_INDEX: every
    string of which a match holds one (the pattern's own, as the phrase index works them out) holds
    one of the index words."""
    from filter.core.detectors import autoreply
    from filter.core.patterns import _required_words

    required = _required_words(autoreply._CHALLENGE_WORDS.pattern)
    assert required
    for needed in required:
        assert any(w in needed.lower() for w in autoreply._CHALLENGE_INDEX), needed
    assert autoreply._challenge_words("Please verify you are a real person to have your message delivered")
    assert autoreply._challenge_words("550 5.1.1 user unknown") == 0


@pytest.mark.parametrize("head, body", [
    # the request said twice: in the subject and, in the reader's language, as the whole text
    ("Subject: unsubscribe\nContent-Type: text/plain; charset=utf-8\n", "Отписаться от рассылки\n"),
    ("Subject: unsubscribe\nContent-Type: text/plain; charset=utf-8\n", "Baja\n\nEnviado desde mi iPhone\n"),
    # a bare request above Outlook's reply header ("____", then "De:") and the quoted newsletter
    ("Subject: RE: Factura del pedido #682619\nIn-Reply-To: <n1@news.example.com>\n"
     "Content-Type: text/plain; charset=utf-8\n",
     "BAJA\n\nPor favor eliminen mi correo de su lista, ya no deseo recibir promociones.\n\n"
     "________________________________\nDe: Example Shop <news@news.example.com>\nEnviado: Sat, 25 Sep 2021\n"
     "Asunto: Factura del pedido #682619\n\nSu factura ... Para darse de baja haga clic aqui.\n"),
])
def test_a_readers_bare_request_is_an_unsubscribe(head: str, body: str) -> None:
    raw = mail("From: Reader <reader@mail.example>\nTo: unsub-1@news.example.com\n" + head, body)
    report = classify(raw)
    assert report.kind == "unsubscribe"
    assert [r.address for r in report.recipients] == ["reader@mail.example"]


def test_outlooks_reply_header_ends_the_readers_words() -> None:
    """A person's answer above Outlook's reply header is read without the quoted mail below it: the
    newsletter's own "unsubscribe" link there is no request."""
    raw = mail("From: Reader <reader@mail.example>\nTo: news@news.example.com\nSubject: RE: Factura\n"
               "In-Reply-To: <n1@news.example.com>\nContent-Type: text/plain; charset=utf-8\n",
               "Gracias, recibido. ¿Cuándo llega el pedido?\n\n________________________________\n"
               "De: Example Shop <news@news.example.com>\nAsunto: Factura\n\nPara darse de baja haga clic aqui.\n")
    assert classify(raw).kind == "not_bounce"
