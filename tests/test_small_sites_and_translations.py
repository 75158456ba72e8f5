"""Words of small sites' administrators (in their own English and in the languages they write), and the notices mail
systems send translated.

Each case is a wording written for the rule it tests (none copied from a sample): what the words mean decides,
whatever code a server sends them with.
"""
from __future__ import annotations

import pytest

from filter import classify
from filter.core.classifier import decide
from shapes import mail


@pytest.mark.parametrize("status, diagnostic, reason", [
    # nobody of that name at the site
    (None, "550 Sorry, nobody by that name is on our staff.", "user_unknown"),
    (None, "550 There is nobody at Hill Farm Dairy with that e-mail address.", "user_unknown"),
    ("5.0.0", "550 5.0.0 We could not find anyone by that name here.", "user_unknown"),
    # an account placed on hold (its bill, a review): kept, refused for now
    ("5.2.1", "550 5.2.1 This account has been put on hold pending payment.", "suspended"),
    # a domain whose registration lapsed
    (None, "550 The domain orchard.example has lapsed and receives no mail.", "host_unknown"),
    # our host on the site's list of networks, described rather than named
    ("5.7.1", "550 5.7.1 Your server 192.0.2.8 is on a list of networks that we do not accept mail from", "blocked"),
    # the sender's history with the site
    ("5.7.1", "550 5.7.1 Mail refused: this sender has a bad track record with our readers", "bad_reputation"),
    # the organisation's own mail policy named
    ("5.7.1", "550 5.7.1 Advertising mail is not accepted here under the council's e-mail policy", "policy_violation"),
    ("5.7.1", "550 5.7.1 The text of the message breaks our acceptable content rules", "policy_violation"),
    # relaying refused "for others"
    ("5.7.1", "554 5.7.1 We take mail for our own domains only; relaying for others is not allowed", "no_relaying"),
    # a content filter's score over its threshold, said in words
    ("5.7.1", "554 5.7.1 Rejected: the message scored 9.1 against a threshold of 6.0", "spam_detected"),
    # greylisting in a host's own words
    ("4.2.0", "450 4.2.0 We don't know your mail server yet, please come back in a few minutes", "rate_limited"),
    ("4.7.1", "450 4.7.1 New senders must wait five minutes before their mail is taken. Please retry.", "rate_limited"),
    # Domino names the mail file's owner between
    (None, "Unable to deliver: the mail file for Ana.Lopes@firm.example has exceeded its quota", "mailbox_full"),
    # the person left (Catalan, Macedonian); an account deleted (Catalan)
    (None, "550 La Marta ja no treballa a l'institut.", "user_unknown"),
    (None, "550 Корисникот повеќе не работи во фирмата.", "user_unknown"),
    (None, "550 El compte s'ha eliminat.", "user_unknown"),
    # disabled or blocked for a time (Catalan, Uzbek in both scripts, Armenian)
    ("5.2.1", "550 5.2.1 Compte desactivat temporalment.", "suspended"),
    ("5.7.1", "550 5.7.1 Ҳисобингиз вақтинча блокланган.", "suspended"),
    ("5.7.1", "550 5.7.1 Hisob vaqtincha bloklangan.", "suspended"),
    ("5.2.1", "550 5.2.1 Հաշիվը ժամանակավորապես արգելափակված է։", "suspended"),
    # a domain that takes no mail any more (Serbian in both scripts, Albanian, Swahili, Hindi)
    ("5.7.1", "554 5.7.1 Домен више не прима пошту.", "not_accept"),
    ("5.7.1", "554 5.7.1 Ovaj domen više ne prima poštu.", "not_accept"),
    ("5.7.1", "554 5.7.1 Domeni nuk pranon më email.", "not_accept"),
    ("5.7.1", "550 5.7.1 Kampuni imefungwa; kikoa hiki hakipokei barua pepe.", "not_accept"),
    (None, "550 यह डोमेन अब ईमेल स्वीकार नहीं करता है।", "not_accept"),
    # an attachment type refused (Arabic)
    ("5.7.1", "554 5.7.1 الملف مرفق بصيغة غير مسموح بها.", "policy_violation"),
    # too many messages from our server (Persian, Kazakh)
    ("4.7.0", "421 4.7.0 تعداد پیام‌ها از این سرور بیش از حد مجاز است.", "rate_limited"),
    ("5.7.1", "550 5.7.1 Бүгін хаттар саны шектен асты.", "rate_limited"),
    # spam (Tamil, Georgian, Lithuanian)
    ("5.7.1", "550 5.7.1 இந்த மின்னஞ்சல் ஸ்பேம் என நிராகரிக்கப்பட்டது.", "spam_detected"),
    ("5.7.1", "550 5.7.1 წერილი სპამად ჩაითვალა.", "spam_detected"),
    ("5.7.1", "550 5.7.1 Laiškas laikomas šlamštu.", "spam_detected"),
    # a full mailbox (Amharic)
    ("5.0.0", "550 5.0.0 የኢሜል ሳጥኑ ሞልቷል።", "mailbox_full"),
])
def test_the_words_decide(status: str | None, diagnostic: str, reason: str) -> None:
    assert decide(status=status, diagnostic=diagnostic, action="failed") == reason


@pytest.mark.parametrize("status, diagnostic, reason", [
    # "we do not accept mail from" with its object after it stays a refusal of our address
    ("5.7.1", "550 5.7.1 We do not accept mail from news@shop.example", "rejected"),
    # a person of another name is no missing mailbox
    (None, "550 Nobody reads the replies to this address", "user_unknown"),
    # a temporary hold of a message (no account) stays the message's
    ("4.7.1", "451 4.7.1 Message on hold for review", "on_hold"),
    # a track record that is good is still about reputation, never a user
    ("5.7.1", "550 5.7.1 Sender reputation too low", "bad_reputation"),
])
def test_what_the_words_are_not(status: str | None, diagnostic: str, reason: str) -> None:
    assert decide(status=status, diagnostic=diagnostic, action="failed") == reason


# ---- whole messages -----------------------------------------------------------------------------------------
NULL = "Return-Path: <>\n"
UTF8 = "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"


def test_an_absence_note_without_headers_on_leave_of_any_kind() -> None:
    raw = mail(f"From: Dev Patel <dev@housing.example>\nTo: news@shop.example\nSubject: Re: Spring offers\n{UTF8}",
               "Thank you for your message. I am currently on extended study leave and will\n"
               "be back in the office from 14 May. Please contact reception@housing.example.\n")
    r = classify(raw)
    assert (r.kind, [x.address for x in r.recipients]) == ("auto_reply", ["dev@housing.example"])


def test_a_servicenow_acknowledgement_is_an_auto_reply() -> None:
    raw = mail("From: Service Desk <desk@uni.example>\nTo: news@shop.example\n"
               f"Subject: [RITM0012345] We have received your request\nAuto-Submitted: auto-generated\n{UTF8}",
               "Your request has been logged and passed to the right team.\n")
    r = classify(raw)
    assert (r.kind, [x.address for x in r.recipients]) == ("auto_reply", ["desk@uni.example"])


@pytest.mark.parametrize("subject, body, protected", [
    # English: the message put to one side until we reply
    ("Re: Our catalogue", "Your message to office@chapel.example has been put to one side. To let it through, simply "
     "reply to this message.\n", "office@chapel.example"),
    # Galician: held, our address not on the list of known senders
    ("Verificación", "A súa mensaxe para info@concello.example quedou retida: o seu enderezo non está na lista de "
     "remitentes coñecidos.\n", "info@concello.example"),
    # Vietnamese: held, prove you are a real person
    ("Xác nhận", "Thư của bạn gửi tới an@congty.example đang được giữ lại. Vui lòng chứng minh bạn là người thật.\n",
     "an@congty.example"),
    # Afrikaans: held for a time, confirm that you are a person
    ("Bevestig", "U e-pos aan kantoor@skool.example is tydelik teruggehou. Bevestig dat u 'n mens is.\n",
     "kantoor@skool.example"),
])
def test_a_challenge_names_the_person_it_protects(subject: str, body: str, protected: str) -> None:
    raw = mail(f"From: Verification <verify@filter.example>\nTo: news@shop.example\nSubject: {subject}\n"
               f"Auto-Submitted: auto-replied\n{UTF8}", body)
    r = classify(raw)
    assert (r.kind, [x.address for x in r.recipients]) == ("challenge", [protected])


def test_a_request_to_remove_a_colleague_names_her_address() -> None:
    raw = mail(f"From: Office <office@firm.example>\nTo: news@shop.example\nSubject: Re: Tips\n{UTF8}",
               "Hello, Jo left us in spring. Please remove jo.bloggs@firm.example from your mailing list.\n")
    r = classify(raw)
    assert (r.kind, [x.address for x in r.recipients]) == ("unsubscribe", ["jo.bloggs@firm.example"])


def test_a_request_to_remove_me_names_the_writer() -> None:
    raw = mail(f"From: Jo <jo@firm.example>\nTo: news@shop.example\nSubject: Re: Tips\n{UTF8}",
               "Please remove me from your mailing list.\n")
    r = classify(raw)
    assert (r.kind, [x.address for x in r.recipients]) == ("unsubscribe", ["jo@firm.example"])


@pytest.mark.parametrize("subject, body, address", [
    # Catalan: "could not be delivered", the person no longer works there
    ("Missatge no lliurat", "El vostre missatge per a pere@escola.example no s'ha pogut lliurar. Aquesta persona ja no "
     "treballa a l'escola.\n", "pere@escola.example"),
    # Macedonian: "cannot be delivered", the employee no longer works there
    ("Неиспорачана порака", "Вашата порака до ana@opstina.example не може да биде испорачана. Вработената повеќе не "
     "работи во општината.\n", "ana@opstina.example"),
])
def test_a_translated_notice_from_the_postmaster_is_a_failure(subject: str, body: str, address: str) -> None:
    raw = mail(f"{NULL}From: Postmaster <postmaster@mx.example>\nTo: news@shop.example\nSubject: {subject}\n{UTF8}", body)
    r = classify(raw)
    assert (r.kind, [(x.address, x.reason) for x in r.recipients]) == ("failed", [(address, "user_unknown")])
