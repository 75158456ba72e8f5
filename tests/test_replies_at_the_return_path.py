"""What else comes back to a bulk sender's return path: help desks' acknowledgements, removal requests
as people and mail programs send them (and the reply that asks to stay), absence notes without
headers, complaints whose recipient was redacted.  Every message is written for its test."""
from __future__ import annotations

from email.header import Header

import pytest

from filter import classify
from filter.core.classifier import decide

from shapes import mail


def _answer(head: str, body: str, subject: str = "Re: Your March newsletter") -> bytes:
    return mail(f"From: Someone <someone@reader.example>\nTo: Acme News <news@news.example.com>\n"
                f"Subject: {subject}\nIn-Reply-To: <mar25.1@news.example.com>\n{head}", body)


@pytest.mark.parametrize("head, body", [
    ("Auto-Submitted: auto-generated\nX-Mailer: Zendesk Mailer\n",
     "##- Please type your reply above this line -##\n\nYour request (48213) has been received and is being reviewed "
     "by our support staff.\n"),
    ("Auto-Submitted: auto-generated\n",
     "Ihre Anfrage (11872) ist bei uns eingegangen und wird von unserem Support-Team bearbeitet.\n"),
    ("X-Freshdesk-Ticket-Id: 90412\nAuto-Submitted: auto-generated\n",
     "Dear customer,\n\nWe would like to acknowledge that we have received your request and a ticket has been created.\n"),
    ("X-ServiceNow-Generated: true\nAuto-Submitted: auto-generated\n", "Your incident INC0091734 has been opened on your behalf.\n"),
    ("Auto-Submitted: auto-generated\n", "Hemos recibido su solicitud y se ha creado el ticket #5521.\n"),
    ("Auto-Submitted: auto-generated\n", "Nous avons bien reçu votre demande. Un conseiller vous répondra sous 48 h.\n"),
])
def test_a_help_desks_acknowledgement_is_an_auto_reply(head: str, body: str) -> None:
    report = classify(_answer(head, body))
    assert report.kind == "auto_reply"
    assert [r.address for r in report.recipients] == ["someone@reader.example"]


@pytest.mark.parametrize("head, body", [
    # a person writes the same words: nothing marks the mail automatic
    ("", "We have received your request and will look into the pricing next week.\n"),
    # a help-desk product's header alone: its agents' replies carry it too
    ("X-Zendesk-From-Account-Id: 3f1a92c\n", "Hi, we've received your message. Could you send us the invoice number?\n"),
    # automatic, but not an answer to our mail (a shop's order confirmation)
    (None, "Your request has been received. Order 4411 ships tomorrow.\n"),
])
def test_no_acknowledgement_without_its_marks(head, body) -> None:
    if head is None:
        raw = mail("From: shop@store.example\nTo: news@news.example.com\nSubject: Order confirmation\n"
                   "Auto-Submitted: auto-generated\n", body)
    else:
        raw = _answer(head, body)
    assert classify(raw).kind != "auto_reply"


@pytest.mark.parametrize("subject, body", [
    ("Re: Weekly digest", "I have clicked your unsubscribe link three times and I am still getting these emails. "
                          "Please take me off this list for good.\n"),
    ("Re: Weekly digest", "Please unsubscribe me from these emails. I don't use this account any more.\n"),
    ("Re: Your March newsletter", "Boa tarde, quero descadastrar meu e-mail da lista de vocês. Obrigado\n"),
    # RFC 2369's mailto command as list managers take it, and a request that calls itself one
    ("unsubscribe", "unsubscribe someone@reader.example\n"),
    ("Unsubscribe", "This is an unsubscribe request sent from a webmail client.\n"),
    ("Re: Weekly digest", "This email is an unsubscribe request for someone@reader.example.\n"),
    # LISTSERV's command with the list's name; a request for good; a company asking for itself
    ("Re: Weekly digest", "SIGNOFF EXAMPLE-NEWS\n"),
    ("Re: Weekly digest", "Please remove me for good from this list.\n"),
    ("Re: Weekly digest", "Hello, please remove us from your mailing list. Thank you.\n"),
])
def test_a_removal_request(subject: str, body: str) -> None:
    report = classify(_answer("", body, subject))
    assert report.kind == "unsubscribe"


@pytest.mark.parametrize("body", [
    "Please do NOT remove me from your list - I accidentally clicked the unsubscribe link on my phone.\n",
    "Don't unsubscribe me, I want to keep getting these.\n",
    "The speaker asked us to take me off this list of speakers for the panel.\n",
])
def test_a_reply_that_asks_to_stay_is_no_request(body: str) -> None:
    assert classify(_answer("", body, "Re: Weekly digest")).kind == "not_bounce"


def test_an_absence_note_that_says_when_it_will_be_read() -> None:
    body = ("Vielen Dank für Ihre E-Mail!\n\nIch bin vom 24.03. bis einschließlich 04.04.2025 im Urlaub und kann Ihre "
            "Nachricht erst danach lesen.\n\nMit freundlichen Grüßen\nUwe Hartmann\n")
    assert classify(_answer("", body, "Re: Weekly digest #112")).kind == "auto_reply"


def test_a_complaint_whose_recipient_was_redacted_names_the_verp_address() -> None:
    """RFC 6590: the feedback report redacts the local part; our original's VERP Return-Path names it."""
    raw = mail("""From: scomp@aol.example
To: fbl@news.example.com
Subject: Email Feedback Report for IP 192.0.2.33
MIME-Version: 1.0
Content-Type: multipart/report; report-type=feedback-report; boundary="B"
""", """--B
Content-Type: text/plain

This is an email abuse report for an email message received from IP 192.0.2.33.

--B
Content-Type: message/feedback-report

Feedback-Type: abuse
User-Agent: AOL SComp
Version: 1
Redacted-Address: redacted@

--B
Content-Type: message/rfc822

Return-Path: <bounces+sunny.rivers=aol.example@news.example.com>
From: Acme News <news@news.example.com>
To: redacted@aol.example
Subject: Spring deals
Message-ID: <s1@news.example.com>

Hello
--B--
""")
    report = classify(raw)
    assert report.kind == "complaint"
    assert [r.address for r in report.recipients] == ["sunny.rivers@aol.example"]


@pytest.mark.parametrize("context, reason", [
    # a provider's throttling kept up until the queue lifetime ran out: the sending MTA gave up
    ("retry timeout exceeded", "expired"),
    # ... not a Postfix report that only repeats the answer
    (None, "rate_limited"),
])
def test_a_providers_throttling_given_up_on(context, reason) -> None:
    assert decide(status="5.0.0", diagnostic="451 4.7.500 Server busy. Please try again later from [192.0.2.9]. (S77714)",
                  action="failed", context=context) == reason


def test_a_spoofed_message_is_the_senders_authentication() -> None:
    assert decide(status="5.0.0", diagnostic="550 rejecting spoofed message", action="failed") == "auth_failure"


_SPAMCOP = """From: 7163524172@reports.spamcop.net
To: abuse@news.example.com
Subject: [SpamCop (https://news.example.com/v/20) id:7163524172]Spring sale
X-Mailer: https://www.spamcop.net/ v5.4.0
Content-Type: text/plain; charset=us-ascii
"""
_OFFENDING = """[ SpamCop V5.4.0 ]
This message is brief for your comfort.  Please use links below for details.

Email from 192.0.2.33 / Tue, 25 Mar 2025 09:02:48 +0000
https://www.spamcop.net/w3m?i=z7163524172z

[ Offending message ]
Return-Path: <x>
From: Acme News <news@news.example.com>
To: {to}
Subject: Spring sale

Hello,
"""


@pytest.mark.parametrize("to, address", [("x", None), ("jo@isp.example", "jo@isp.example")])
def test_a_spamcop_report_is_a_complaint(to: str, address: str | None) -> None:
    """SpamCop's report to the abuse contact quotes the message under "[ Offending message ]", its
    recipient most often munged ("To: x"): a complaint, about whoever the quoted To still names."""
    report = classify(mail(_SPAMCOP, _OFFENDING.format(to=to)))
    assert report.kind == "complaint"
    assert [r.address for r in report.recipients] == [address]


def test_spamcops_newsletter_is_no_complaint() -> None:
    """A mail from SpamCop's domain without a quoted offending message reports nothing."""
    raw = mail(_SPAMCOP.replace("7163524172@reports", "news@www"), "SpamCop news: our reporting form has changed.\n")
    assert classify(raw).kind == "not_bounce"


def test_a_removal_request_wrapped_by_the_mail_client() -> None:
    """"Merci de supprimer mon adresse « ... » de votre liste de\\ndiffusion": the request runs across the
    client's line break, and the reader names the own address taken off."""
    raw = _answer("Content-Type: text/plain; charset=utf-8\n",
                  "Bonjour,\n\nMerci de supprimer mon adresse « marie@free.example » de votre liste de\n"
                  "diffusion, je ne souhaite plus recevoir vos messages.\n\nCordialement,\nMarie\n",
                  subject="Re: Offres de printemps")
    assert classify(raw).kind == "unsubscribe"


def test_an_abuse_desks_report_with_an_aside_is_a_complaint() -> None:
    """"one of our customers has reported the message below, sent from your network (192.0.2.42), as
    unsolicited bulk email": the aside between does not hide the report."""
    raw = mail("From: SmallISP Abuse Desk <abuse@smallisp.example>\nTo: abuse@news.example.com\n"
               "Subject: Spam complaint regarding a message from 192.0.2.42\nMIME-Version: 1.0\n"
               "Content-Type: multipart/mixed; boundary=\"c\"\n",
               "--c\nContent-Type: text/plain\n\nHello,\n\none of our customers has reported the message below, sent "
               "from your\nnetwork (192.0.2.42), as unsolicited bulk email (spam).\n\n--c\n"
               "Content-Type: message/rfc822\n\nFrom: News <news@news.example.com>\nTo: <d.meyer@smallisp.example>\n"
               "Subject: Spring sale\n\nHello\n--c--\n")
    report = classify(raw)
    assert report.kind == "complaint"
    assert [r.address for r in report.recipients] == ["d.meyer@smallisp.example"]


@pytest.mark.parametrize("subject, body", [
    ("Re: Offres", "Merci de bien vouloir retirer mon adresse mail de votre fichier de\ndiffusion, je ne souhaite plus "
                   "recevoir vos offres.\n\nCordialement,\nP. Roussel\n"),
    ("Re: Offres", "Je vous prie de supprimer mon\nadresse « gerard@numericable.example » de vos listes d'envoi.\n"
                   "Salutations.\n"),
    ("Re: Ofertas", "Por favor, eliminen mi dirección de su lista de\ncorreo. Gracias.\n\nUn saludo,\nAna\n"),
    ("Re: Offerte", "Vi prego di cancellare il mio indirizzo dalla vostra\nmailing list. Grazie.\n\nCordiali saluti\n"),
    ("Re: Offres", "Je vous prie d'effacer mon adresse électronique de l'ensemble de vos listes\nd'envoi.\n"),
    ("Re: Offerte", "vi prego di rimuovere il mio indirizzo email dalla vostra\nlista di distribuzione.\n"),
])
def test_removal_requests_that_name_the_readers_own_address(subject: str, body: str) -> None:
    """"retirer mon adresse", "eliminen mi dirección", "cancellare il mio indirizzo": the reader's own address
    taken off the list, the sentence wrapped by the mail client."""
    assert classify(_answer("Content-Type: text/plain; charset=utf-8\n", body, subject=subject)).kind == "unsubscribe"


@pytest.mark.parametrize("subject, text", [
    ("Beschwerde: unerwuenschte Massen-E-Mail von 192.0.2.44",
     "ein Kunde hat die unten stehende E-Mail als unerwünschte Massen-E-Mail (Spam) gemeldet."),
    ("Plainte pour courrier non sollicité",
     "Un de nos abonnés a signalé le message ci-dessous, envoyé depuis votre réseau (192.0.2.45), comme courrier "
     "non sollicité."),
    ("Abuse report: 192.0.2.42",
     "One of our customers has complained about the attached email, which was sent from 192.0.2.42 in your "
     "network, as unsolicited commercial email."),
    ("Signalement de courrier indésirable", "Un utilisateur de nos services a signalé le message ci-joint comme courrier\n"
                                            "indésirable."),
    ("Queja por correo no solicitado", "Uno de nuestros usuarios ha denunciado el mensaje adjunto como correo no\n"
                                       "deseado (spam)."),
    ("Reclamo per posta indesiderata", "Un nostro utente ha segnalato il messaggio sottostante come posta indesiderata."),
])
def test_an_abuse_desks_complaint_in_its_language(subject: str, text: str) -> None:
    raw = mail(f"From: Abuse Desk <abuse@isp.example>\nTo: abuse@news.example.com\n"
               f"Subject: {Header(subject, 'utf-8').encode()}\nMIME-Version: 1.0\n"
               "Content-Type: multipart/mixed; boundary=\"c\"\n",
               f"--c\nContent-Type: text/plain; charset=utf-8\n\n{text}\n\n--c\nContent-Type: message/rfc822\n\n"
               "From: News <news@news.example.com>\nTo: <kunde@isp.example>\nSubject: Angebote\n\nHallo\n--c--\n")
    report = classify(raw)
    assert report.kind == "complaint"
    assert [r.address for r in report.recipients] == ["kunde@isp.example"]
