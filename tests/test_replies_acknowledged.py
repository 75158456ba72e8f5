"""Replies that answer a sender's mailing by program or by hand, told by how they say it: a help desk's
acknowledgement marked automatic by the older Precedence field, by a subject that only says the ticket was
received, or by its own words that it is automatic; a challenge that asks for a reply "sin modificar el
asunto" or a registration; a reader asking to take "this address" off the list; an abuse desk reporting its
customer's complaint in English; a Danish holiday note.  And what stays a person's mail: the same words
not marked automatic, a newsletter's footer.  Each text is written here for the rule it tests."""
from __future__ import annotations

import pytest

from filter import classify
from shapes import mail

HEAD = "From: {frm}\nTo: news@shop.example\nSubject: {subject}\nMessage-ID: <a1@desk.example>\n{extra}" \
       "Content-Type: text/plain; charset=utf-8\n"


def reply(frm: str, subject: str, body: str, extra: str = "") -> bytes:
    return mail(HEAD.format(frm=frm, subject=subject, extra=extra), body)


@pytest.mark.parametrize("subject, body, extra", [
    # marked by Precedence: bulk, as help desks set it, answering with the ticket's number in the subject
    ("Re: Your July picks [#1234]", "Hi there,\n\nWe received your request #1234 and will get back to you within one "
     "business day.\n\nThe Studio team\n", "Precedence: bulk\n"),
    # a subject that is the acknowledgement, carrying our subject, with no header at all
    ("Ticket Received - Your July picks", "Dear Customer,\n\nWe would like to acknowledge that we have received your "
     "request and a ticket has been created.\nA support representative will review it.\n", ""),
    # a text calling itself automatic, in Spanish, the case number in the subject
    ("Hemos recibido su solicitud [#SOP-88231]", "Estimado cliente:\n\nHemos recibido su solicitud y le hemos asignado "
     "el número de caso SOP-88231.\n\nEste es un mensaje automático, por favor no responda a este correo.\n", ""),
    # the acknowledgement named in its subject in French ("Accusé de réception"), answering our message
    ("Accusé de réception - Your weekly summary", "Bonjour,\n\nNous avons bien reçu votre message et vous en remercions. "
     "Notre équipe vous répondra dans un délai de 48 heures ouvrées.\n", "In-Reply-To: <n1@shop.example>\n"),
])
def test_a_help_desks_acknowledgement(subject, body, extra):
    report = classify(reply("Support <help@desk.example>", subject, body, extra))
    assert report.kind == "auto_reply"
    assert [r.address for r in report.recipients] == ["help@desk.example"]


def test_the_same_words_from_a_person_unmarked_are_the_persons_mail():
    body = "Hi,\n\nwe received your request and will get back to you tomorrow about the order.\n\nAnna\n"
    assert classify(reply("Anna <anna@desk.example>", "Re: Your July picks", body)).kind == "not_bounce"


@pytest.mark.parametrize("frm, subject, body", [
    ('"ventas@ferreteria.example" <ventas@ferreteria.example>', "Verificación de remitente: responda a este mensaje",
     "Este buzón usa un sistema de verificación antispam.\nSu mensaje \"Tu carrito te espera\" está en espera. Para "
     "que sea entregado, simplemente responda a este correo sin modificar el asunto.\n"),
    ('"drbrown@clinic.example" <drbrown@clinic.example>', "Re: Your July picks - Registration request",
     "You have sent mail to drbrown@clinic.example, who uses ChoiceMail to protect against junk mail.\nTo complete "
     "delivery, please register at the link below. Your original message will be delivered after your registration "
     "is approved.\n\nhttps://register.example/r?id=9Q2\n"),
])
def test_a_challenge(frm, subject, body):
    report = classify(reply(frm, subject, body))
    assert report.kind == "challenge"


@pytest.mark.parametrize("frm, subject, body", [
    ("Alan Price <alan@consulting.example>", "Re: Your July picks", "Hello,\n\nI have been receiving your weekly emails "
     "for some time but I have retired from the business. Could you please remove this address from your mailing "
     "list?\n\nMany thanks,\nAlan\n"),
    ("Klaus Richter <alan@consulting.example>", "AW: Frühlingsangebote",
     "Bitte entfernen Sie diese Adresse aus Ihrem Verteiler. Ich habe mich nie angemeldet.\n\nK. Richter\n"),
])
def test_a_reader_asks_to_take_this_address_off(frm, subject, body):
    report = classify(reply(frm, subject, body, "In-Reply-To: <n1@shop.example>\n"))
    assert report.kind == "unsubscribe"
    assert [r.address for r in report.recipients] == ["alan@consulting.example"]


def test_a_newsletters_footer_naming_this_address_is_no_request():
    body = ("New this week: autumn reads, hand-picked.\n\nhttps://books.example/a\nhttps://books.example/b\n"
            "https://books.example/c\n\nTo remove this address from our mailing list, click here: "
            "https://books.example/u\n")
    assert classify(mail("From: Books <news@books.example>\nTo: news@shop.example\nSubject: Autumn reads\n"
                         "List-Unsubscribe: <https://books.example/u>\nContent-Type: text/plain\n", body)).kind \
        == "not_bounce"


def test_an_abuse_desks_english_complaint_names_its_customer():
    body = ("--b\nContent-Type: text/plain; charset=utf-8\n\nHello,\n\nWe have received a complaint from one of our "
            "customers about unsolicited commercial e-mail sent from your network (198.51.100.23). Please make sure "
            "this recipient is not mailed again.\n\n--b\nContent-Type: message/rfc822\n\nFrom: news@shop.example\n"
            "To: h.svensson@isp.example\nSubject: Offers\n\ntext\n--b--\n")
    report = classify(mail("From: Abuse Desk <abuse@isp.example>\nTo: abuse@shop.example\n"
                           "Subject: [ABUSE-771204] Spam complaint regarding 198.51.100.23\nMIME-Version: 1.0\n"
                           "Content-Type: multipart/mixed; boundary=\"b\"\n", body))
    assert report.kind == "complaint"
    assert [r.address for r in report.recipients] == ["h.svensson@isp.example"]


@pytest.mark.parametrize("subject, body", [
    ("Fraværende: Nyhedsbrev uge 29", "Tak for din mail.\n\nJeg holder ferie og er tilbage mandag den 5. august.\n\n"
     "Venlig hilsen\nMette\n"),
    ("Ferie", "Hei,\n\nJeg har ferie til 12. august og leser ikke e-post.\n\nKari\n"),
])
def test_a_nordic_holiday_note(subject, body):
    assert classify(reply("Mette <mette@firma.example>", subject, body)).kind == "auto_reply"


def test_a_challenge_asking_to_register_before_delivery():
    body = ("Hi,\n\nYou sent a message to dr.iyer@clinic.example. Dr. Iyer uses SafeSender to keep unwanted mail out of "
            "the inbox.\nBefore your message is delivered you must register once as an approved sender: "
            "https://safesender.example/r/7Q\n")
    report = classify(reply("Mail Verification <verify@safesender.example>",
                            "Action required: verify yourself to reach dr.iyer@clinic.example", body,
                            "Auto-Submitted: auto-replied\n"))
    assert report.kind == "challenge"
    assert [r.address for r in report.recipients] == ["dr.iyer@clinic.example"]



@pytest.mark.parametrize("subject, text", [
    ("Plainte : courrier non sollicité", "Nous avons reçu une plainte de l'un de nos clients concernant un courrier "
     "électronique non sollicité provenant de votre réseau."),
    ("Spam complaint", "A subscriber of ours has complained about unsolicited bulk e-mail sent from your IP address "
     "198.51.100.23 (see attached message)."),
])
def test_an_abuse_desk_complaint_in_other_words(subject, text):
    body = (f"--b\nContent-Type: text/plain; charset=utf-8\n\n{text}\n\n--b\nContent-Type: message/rfc822\n\n"
            "From: news@shop.example\nTo: p.girard@isp.example\nSubject: Offers\n\ntext\n--b--\n")
    report = classify(mail(f"From: Service Abuse <abuse@isp.example>\nTo: bounces@shop.example\nSubject: {subject}\n"
                           "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b\"\n", body))
    assert report.kind == "complaint"
    assert [r.address for r in report.recipients] == ["p.girard@isp.example"]


def test_a_norwegian_holiday_note_answering_our_mail():
    body = ("Hei!\n\nJeg har ferie frem til 4. august og har begrenset tilgang til e-post.\nHenvendelser om bestillinger "
            "kan sendes til post@hytter.example.\n\nMvh\nOla\n")
    assert classify(reply("Ola <ola@hytter.example>", "Re: Sommerkampanje", body)).kind == "auto_reply"


def test_a_customer_services_complaint_about_an_order_is_no_spam_complaint():
    body = ("Hello,\n\nWe have received a complaint from one of our customers about the late delivery of order 5521. "
            "Please tell us when it ships.\n\nRegards,\nAnna\n")
    assert classify(reply("Anna <anna@shop-partner.example>", "Order 5521", body)).kind == "not_bounce"

