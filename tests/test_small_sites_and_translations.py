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
    # -- second batch: the same meanings in other words --------------------------------------------------------
    (None, "550 There is no staff member at Ridge Vets using this address.", "user_unknown"),
    (None, "550 The user is not available in our domain", "user_unknown"),
    (None, "550 This mail id is not existing in our server", "user_unknown"),
    (None, "550 Mr Bello was disengaged from the company in May.", "user_unknown"),
    (None, "550 La cuenta de este cliente está en suspenso por falta de pago.", "suspended"),
    ("5.1.2", "550 5.1.2 the domain oldshop.example is expired and not hosted here anymore", "host_unknown"),
    (None, "550 The domain barn.example is no longer registered.", "host_unknown"),
    (None, "550 Le domaine ferme.example n'a pas été renouvelé par son titulaire.", "host_unknown"),
    ("5.7.1", "554 5.7.1 Service unavailable; client [192.0.2.3] is in an address range that we do not accept mail from",
     "blocked"),
    (None, "550 Non accettiamo posta dal mittente indicato.", "rejected"),
    ("5.7.1", "550 5.7.1 Your domain is blocked by policy", "rejected"),
    ("5.7.1", "554 5.7.1 Refused: the sending history of your domain with our users is poor", "bad_reputation"),
    ("4.7.0", "421 4.7.0 The standing of your network with our users is low right now", "bad_reputation"),
    ("5.7.1", "550 5.7.1 El remitente tiene un historial de envíos deficiente", "bad_reputation"),
    ("5.7.1", "554 5.7.1 The message contravenes the college's rules on the use of e-mail", "policy_violation"),
    (None, "550 Only registered partner domains can send to our staff.", "policy_violation"),
    ("5.7.1", "554 5.7.1 This server only accepts mail for the domains it hosts", "no_relaying"),
    (None, "550 Weiterleitung an fremde Domains ist nicht gestattet", "no_relaying"),
    ("5.7.1", "550 5.7.1 Message scored 8.2 points (required 5.0) and was refused", "spam_detected"),
    ("5.7.1", "554 5.7.1 Ihre Nachricht wurde mit 9,5 Punkten bewertet (Grenzwert 5,0)", "spam_detected"),
    ("4.7.1", "450 4.7.1 We have not seen mail from your server before, try again in a few minutes", "rate_limited"),
    ("4.7.1", "451 4.7.1 Ihr Mailserver ist uns noch nicht bekannt, bitte später erneut versuchen", "rate_limited"),
    ("4.7.1", "451 4.7.1 First-time sender: please retry in ten minutes", "rate_limited"),
    (None, "Mail database of Ana Lopes/Sales/Firm has reached its size limit", "mailbox_full"),
    ("5.7.1", "550 5.7.1 Domeni nuk pranon me poste elektronike", "not_accept"),
    (None, "550 Kikoa hiki hakipokei tena barua pepe.", "not_accept"),
    ("5.7.1", "554 5.7.1 Домен више не прима електронску пошту.", "not_accept"),
    (None, "550 Sababu: qora ro'yxatga kiritilgan server.", "blocked"),
    ("5.7.1", "554 5.7.1 Сіздің серверіңіз қара тізімге енгізілген", "blocked"),
    ("4.7.0", "421 4.7.0 Хаттар тым көп келіп жатыр", "rate_limited"),
    (None, "550 La bústia de correu de jo@xarxa.example és plena.", "mailbox_full"),
    ("5.7.1", "550 5.7.1 Het bericht is in strijd met het e-mailbeleid van de gemeente", "policy_violation"),
    # a gateway's outbound limit named by a size is the message's size, no sending quota
    ("5.3.4", "554 5.3.4 Message too big for system (Message size 41943552 exceeds the outbound limit of 35 MB)",
     "message_too_large"),
    # a gateway's direction named before "policy"
    ("5.7.1", "550 5.7.1 Rejected by outbound policy: Restrict external sending - contractors", "policy_violation"),
    # -- third batch ---------------------------------------------------------------------------------------------
    ("5.7.1", "550 5.7.1 Message rejected. Reason: judged to be spam (bulk characteristics, URL reputation)",
     "spam_detected"),
    ("5.7.1", "550 5.7.1 Sender not in allowed list (whitelist)", "policy_violation"),
    ("5.7.1", "554 5.7.1 We only deliver mail for domains hosted on this system", "no_relaying"),
    ("5.7.0", "554 5.7.0 Reject, id=0a1b2 - JS/Downloader.Agent.XYZ", "virus_detected"),
    (None, "550 this mail id is not existing. please verify", "user_unknown"),
    (None, "The mailbox of this subscriber is full and cannot accept new mail.", "mailbox_full"),
    ("5.1.2", "554 5.1.2 The domain shop2.example is expired. Contact your domain service provider", "host_unknown"),
    (None, "El mensaje ha quedado retenido para su revisión por el administrador.", "on_hold"),
    (None, "550 Qabul qiluvchi manzili topilmadi. Bunday foydalanuvchi mavjud emas.", "user_unknown"),
    (None, "550 Korisnik je otišao u penziju, sandučić je trajno ugašen.", "user_unknown"),
    (None, "550 Нашият колега почина, пощенската кутия е закрита.", "user_unknown"),
    (None, "550 Qofkan hadda kama shaqeeyo xafiiska.", "user_unknown"),
    ("5.2.1", "550 5.2.1 ఈ ఖాతా తాత్కాలికంగా నిలిపివేయబడింది.", "suspended"),
    ("4.7.0", "421 4.7.0 Serverinizdən çox sayda məktub göndərilir.", "rate_limited"),
    (None, "സന്ദേശത്തിൽ വൈറസ് കണ്ടെത്തി.", "virus_detected"),
    # -- fourth batch --------------------------------------------------------------------------------------------
    # a policy's heading before words that the mailbox is missing, opened by a dash or a bracket
    ("5.7.1", "550 5.7.1 <jo@x.example>: Recipient address rejected: Access denied (no such user in directory)",
     "user_unknown"),
    ("5.7.1", "550 5.7.1 <jo@x.example>: Recipient address rejected: Access denied - mailbox not found", "user_unknown"),
    ("5.7.1", "550 5.7.1 <jo@x.example>: Recipient address rejected: Policy rejection - user does not exist",
     "user_unknown"),
    ("5.7.1", "550 5.7.1 <jo@x.example>: Rechazado por política: el buzón de destino no existe", "user_unknown"),
    (None, "550 Gospođa Horvat otišla je u mirovinu, adresa je trajno ugašena.", "user_unknown"),
    (None, "550 प्रापकको मेलबक्स अवस्थित छैन।", "user_unknown"),
    (None, "550 സ്വീകർത്താവിന്റെ മെയിൽബോക്സ് നിറഞ്ഞിരിക്കുന്നു.", "mailbox_full"),
    (None, "550 Sababta: magaca domain-ka shop.example lama helin.", "host_unknown"),
    (None, "552 Причина: размерът на писмото (18 MB) надвишава допустимия лимит.", "message_too_large"),
    ("5.2.1", "550 5.2.1 Cuenta dada de baja temporalmente por licencia. Buzón congelado.", "suspended"),
    ("5.1.1", "550 5.1.1 Conta desativada por desligamento do colaborador.", "user_unknown"),
    ("5.1.1", "550 5.1.1 Akun email dinonaktifkan karena karyawan sudah resign.", "user_unknown"),
    ("5.7.1", "550 5.7.1 The user has been offboarded and the mailbox removed.", "user_unknown"),
    ("4.7.0", "421 4.7.0 Slishkom mnogo pisem s vashego IP. Povtorite pozzhe.", "rate_limited"),
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
    # a TLS certificate that expired is no lapsed domain
    ("4.7.5", "451 4.7.5 TLS negotiation failed: the certificate of the domain's server has expired", "failed_starttls"),
    # TLS required by the site's policy, the handshake failed: the encryption is the cause
    (None, "TLS is required for this domain by local policy; TLS negotiation failed", "failed_starttls"),
    # a scanner's signature name holding "Phishing" names a virus
    (None, "The mail is containing virus. Virus: HTML/Phishing.Agent.XY. Action: deleted", "virus_detected"),
    # "mail from your server" that the site has not seen before is no block of it
    ("5.7.1", "550 5.7.1 Mail from your server is not accepted", "blocked"),
    # advice to ask "your domain service provider" is no word about our sending domain
    ("5.1.2", "550 5.1.2 Domain not found. Contact your domain service provider", "host_unknown"),
    # the sender's own reputation stays reputation
    ("5.7.1", "550 5.7.1 Rejected due to poor sender reputation", "bad_reputation"),
    # a policy's heading before words about our host stays the block of our host
    ("5.7.1", "550 5.7.1 <jo@x.example>: Recipient address rejected: Access denied - client 192.0.2.9 listed in "
              "cbl.abuseat.org", "blocked"),
    # a link's path is no malware name
    (None, "552 Mailbox full, see https://help.example/js/quota.min.js", "mailbox_full"),
    # an outbound limit of messages stays the sender's quota
    ("5.4.5", "550 5.4.5 Daily user sending limit exceeded: the outbound limit of 2000 messages was reached",
     "rate_limited"),
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
    # English: waiting in a holding area, let it through by the link (the words broken across lines)
    ("Re: Deals [please verify]", "Your email\nto rob@photo.example is waiting in a holding area. To let it through, "
     "open the link below.\n", "rob@photo.example"),
    # Afrikaans: the message put aside
    ("Bevestig", "Jou boodskap aan piet@plaas.example is eenkant gehou. Bevestig dat jy 'n mens is.\n",
     "piet@plaas.example"),
])
def test_a_challenge_names_the_person_it_protects(subject: str, body: str, protected: str) -> None:
    raw = mail(f"From: Verification <verify@filter.example>\nTo: news@shop.example\nSubject: {subject}\n{UTF8}", body)
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


# ---- second batch: whole messages ------------------------------------------------------------------------------
def test_a_hold_the_words_state_is_read_before_the_reports_own_lines() -> None:
    raw = mail(f"{NULL}From: Mail Gateway <gateway@council.example>\nTo: news@shop.example\n"
               f"Subject: Message held for review\n{UTF8}",
               "Your message has NOT yet been delivered to the following recipient:\n\n    ana@council.example\n\n"
               "The message has been placed on hold for review by the Service Desk.\n")
    r = classify(raw)
    assert [(x.address, x.reason) for x in r.recipients] == [("ana@council.example", "on_hold")]


def _dsn(human: str, diagnostic: str, recipient: str = "ana@firm.example", status: str = "5.7.1") -> bytes:
    return mail(f"{NULL}From: MAILER-DAEMON@mx.shop.example\nTo: news@shop.example\nSubject: Undelivered Mail\n"
                "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=B\n",
                f"--B\nContent-Type: text/plain; charset=utf-8\n\n{human}\n"
                f"--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.shop.example\n\n"
                f"Final-Recipient: rfc822; {recipient}\nAction: failed\nStatus: {status}\n"
                f"Diagnostic-Code: smtp; {diagnostic}\n--B--\n")


def test_a_bare_policy_refusal_takes_the_reason_the_report_gives() -> None:
    raw = _dsn("Your message could not be delivered to:\n\nana@firm.example\n\n"
               "Reason: the message was judged to be spam by the content filter.\n", "550 5.7.1 Message rejected")
    r = classify(raw)
    assert [(x.address, x.reason) for x in r.recipients] == [("ana@firm.example", "spam_detected")]


def test_a_bare_policy_refusal_with_no_more_words_stays_the_policy_code() -> None:
    raw = _dsn("Your message could not be delivered to:\n\nana@firm.example\n", "550 5.7.1 Message rejected")
    assert [x.reason for x in classify(raw).recipients] == ["security_error"]


def test_an_exchange_rule_with_its_own_text_for_the_sender() -> None:
    raw = _dsn("Delivery has failed to these recipients or groups:\n\nana@firm.example\n"
               "This colleague has left Firm Ltd and the mailbox is no longer in use.\n\n\n"
               "Diagnostic information for administrators:\n\nGenerating server: EX01.firm.local\n\nana@firm.example\n"
               "Remote Server returned '550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by "
               "organization policy'\n",
               "550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy")
    assert [x.reason for x in classify(raw).recipients] == ["user_unknown"]


def test_a_telephone_number_is_no_reply_code() -> None:
    raw = mail(f"{NULL}From: Mail Gateway <gateway@coop.example>\nTo: news@shop.example\nSubject: Undelivered mail\n{UTF8}",
               "Your email to <ana@coop.example> was not delivered.\n\nReason: your domain is not in the allowed list of "
               "the cooperative. Only registered partner domains can send to our members.\n\n"
               "Please call our office (082) 221-0000 loc. 105.\n")
    r = classify(raw)
    assert [(x.address, x.reason, x.reply_code) for x in r.recipients] == [("ana@coop.example", "policy_violation", None)]


@pytest.mark.parametrize("sender, subject, body, address, reason", [
    # Sympa: the poster is not among those allowed to send
    ("SYMPA <sympa@lists.uni.example>", "Message rejected", "Your message for list 'staff' (attached below) was "
     "rejected.\nYou are not allowed to send this message for the following reason:\n\n   Only the owners and "
     "moderators of this list may send messages to it.\n", None, "rejected"),
    # LISTSERV: the post is over the list's size limit
    ("LISTSERV <listserv@lists.uni.example>", "Rejected posting to NEWS-L@LISTS.UNI.EXAMPLE",
     "Your message is too large to be distributed to the NEWS-L list. The size limit for this list is 100k bytes.\n",
     None, "message_too_large"),
    # Groups.io: not a member of the group, the group's address in the words
    ("Groups.io <noreply@groups.io>", "Message Not Delivered: Sale", "Your message to main@club.groups.io, with the "
     "subject \"Sale\", was not delivered because you are not a member of the group.\n", "main@club.groups.io",
     "rejected"),
    # Discourse: no account matches the poster's address, the address in brackets
    ("Forum <noreply@forum.example>", "[Forum] Email issue -- Unknown Account", "We're sorry, but your email message "
     "to [ideas@forum.example] (titled Meetup) didn't work. We can't find any accounts that match your email "
     "address.\n", "ideas@forum.example", "rejected"),
    # Google Groups: waiting for a moderator, the group named in brackets
    ("Google Groups <noreply-groups@google.com>", "Your message is pending approval", "Your message to the buyers "
     "group (buyers@groups.shop2.example) has been received and is awaiting approval from a group manager or "
     "moderator.\n", "buyers@groups.shop2.example", "on_hold"),
])
def test_a_list_managers_notice(sender: str, subject: str, body: str, address: str | None, reason: str) -> None:
    raw = mail(f"From: {sender}\nTo: news@shop.example\nSubject: {subject}\nAuto-Submitted: auto-replied\n{UTF8}", body)
    r = classify(raw)
    assert r.kind == "failed"
    assert [x.reason for x in r.recipients] == [reason]
    if address:
        assert [x.address for x in r.recipients] == [address]


@pytest.mark.parametrize("sender, subject, body", [
    # Spanish: enjoying the holidays, back at the office on a date
    ("Lucía <lucia@obra.example>", "Re: Ofertas", "Me encuentro disfrutando de mis vacaciones y me reincorporaré a la "
     "oficina el lunes 25.\n"),
    # Dutch: on study leave, back at the office from a date
    ("Sanne <sanne@school.example>", "Afwezig", "Ik ben met studieverlof en vanaf 1 september weer op kantoor.\n"),
    # Zendesk: the request received, the desk's footer
    ("Support <support@tools.example>", "[Tools] Re: Deals", "Your request (48211) has been received and is being "
     "reviewed by our support staff.\n\nThis email is a service from Tools Support.\n"),
    # ServiceNow in German: opened on your behalf
    ("IT <it@uni.example>", "Vorfall INC0102934 wurde in Ihrem Namen eröffnet", "Ihr Anliegen ist beim IT-Servicedesk "
     "eingegangen und wurde erfasst.\n"),
])
def test_an_automatic_answer_without_its_headers(sender: str, subject: str, body: str) -> None:
    raw = mail(f"From: {sender}\nTo: news@shop.example\nSubject: {subject}\n{UTF8}", body)
    assert classify(raw).kind == "auto_reply"


def test_a_german_request_to_remove_a_colleague_names_his_address() -> None:
    raw = mail(f"From: Sabine <sabine@druck.example>\nTo: news@shop.example\nSubject: AW: Neuheiten\n{UTF8}",
               "Sehr geehrte Damen und Herren,\n\nbitte nehmen Sie die Adresse max@druck.example aus Ihrem Verteiler.\n")
    r = classify(raw)
    assert (r.kind, [x.address for x in r.recipients]) == ("unsubscribe", ["max@druck.example"])


def test_a_wrapped_request_to_remove_this_id() -> None:
    raw = mail(f"From: IT Admin <admin@garments.example>\nTo: news@shop.example\nSubject: RE: Welcome\n{UTF8}",
               "Dear Sir,\n\nThe user left long ago. Please remove\nthis id from your mailing list.\n")
    assert classify(raw).kind == "unsubscribe"


@pytest.mark.parametrize("subject, body, address", [
    # Serbian in Cyrillic: could not be delivered
    ("Неуспешна испорука поруке", "Ваша порука није могла бити испоручена следећем примаоцу:\n\n  ana@firma.example\n\n"
     "Разлог: домен више не прима електронску пошту.\n", "ana@firma.example"),
    # Uzbek: the message was not delivered
    ("Xabar yetkazilmadi", "Sizning xabaringiz quyidagi manzilga yetkazilmadi:\n\n    ali@mail.example\n\n"
     "Sabab: hisob vaqtincha bloklangan.\n", "ali@mail.example"),
])
def test_a_translated_notice_in_more_languages(subject: str, body: str, address: str) -> None:
    raw = mail(f"{NULL}From: Mail Delivery System <MAILER-DAEMON@mx.example>\nTo: news@shop.example\nSubject: {subject}\n"
               f"{UTF8}", body)
    r = classify(raw)
    assert (r.kind, [x.address for x in r.recipients]) == ("failed", [address])


# ---- third batch: whole messages -------------------------------------------------------------------------------
def test_an_office_365_rule_with_its_own_text_in_the_new_layout() -> None:
    raw = _dsn("Your message to ana@firm.example couldn't be delivered.\n\nAna has left Firm Ltd. Please write to "
               "office@firm.example.\n\nshop    Office 365    ana\nAction Required                 Recipient\n\n"
               "How to Fix It\nThe message was rejected by the recipient's organization.\n\n"
               "Diagnostic information for administrators:\n\nana@firm.example\nRemote Server returned '550 5.7.1 "
               "TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy'\n",
               "550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy")
    assert [x.reason for x in classify(raw).recipients] == ["user_unknown"]


def test_exchanges_own_sentence_above_a_rule_is_no_rule_text() -> None:
    raw = _dsn("Your message to ana@firm.example couldn't be delivered.\n\nYour message wasn't delivered because the "
               "recipient's email provider rejected it.\n\n\nDiagnostic information for administrators:\n\n"
               "ana@firm.example\nRemote server returned '550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was "
               "rejected by organization policy'\n",
               "550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy")
    assert [x.reason for x in classify(raw).recipients] == ["policy_violation"]


def test_a_list_managers_welcome_is_no_refusal() -> None:
    raw = mail(f"From: bikes-request@lists.club.example\nTo: news@shop.example\nSubject: Welcome to the \"Bikes\" mailing "
               f"list\nX-Mailman-Version: 2.1.39\n{UTF8}",
               "Welcome to the Bikes@lists.club.example mailing list!\n\nMessages larger than 40 KB are held for moderator "
               "approval. Only members may post.\n")
    assert classify(raw).kind == "not_bounce"


def test_listserv_answers_the_post_it_refuses_with_re() -> None:
    raw = mail(f"From: LISTSERV <LISTSERV@listserv.uni.example>\nTo: news@shop.example\nSubject: Re: Call for papers\n{UTF8}",
               "Your message is too large to be distributed to the HIST-L list\n(size 2,418,662 bytes, maximum 500,000 "
               "bytes).\n\n> From: news@shop.example\n> To: HIST-L@LISTSERV.UNI.EXAMPLE\n")
    r = classify(raw)
    assert (r.kind, [x.reason for x in r.recipients]) == ("failed", ["message_too_large"])


@pytest.mark.parametrize("sender, subject, body", [
    # a second-language English absence note
    ("Anitha <anitha@spices.example>", "Re: Offers", "Dear Sir/Madam,\n\nI am not available in office from 6th May to "
     "17th May. Kindly contact Mr. Suresh for any urgent matters.\n"),
    # Luxembourgish, its automatic answer's subject
    ("Anne <anne@gemeng.example>", "Automatesch Äntwert: Newsletter", "Moien,\n\nech sinn am Congé bis de 4. November.\n"),
])
def test_an_absence_note_in_more_words(sender: str, subject: str, body: str) -> None:
    raw = mail(f"From: {sender}\nTo: news@shop.example\nSubject: {subject}\nAuto-Submitted: auto-generated\n{UTF8}", body)
    assert classify(raw).kind == "auto_reply"


@pytest.mark.parametrize("subject, body, protected", [
    # Ukrainian: the letter held by the spam protection, confirm you are no robot
    ("Підтвердіть відправлення", "Ваш лист до olha@coop.example затримано системою захисту від спаму. Підтвердіть, що "
     "ви не робот.\n", "olha@coop.example"),
    # Haitian Creole: the message waits, confirm you are a person
    ("Konfime mesaj ou", "Mesaj ou voye bay rose@koop.example la ap tann. Tanpri konfime ou se yon moun.\n",
     "rose@koop.example"),
    # English: a first message held by a person's own filter, reply to confirm being a human sender
    ("[Confirm] Re: Offers", "This is the first time you are writing to me, so your message has been held by my anti-spam "
     "service. Please confirm that you are a human sender by replying to this message without changing the subject.\n",
     None),
])
def test_a_challenge_in_more_languages(subject: str, body: str, protected: str | None) -> None:
    raw = mail(f"From: Verification <verify@filter.example>\nTo: news@shop.example\nSubject: {subject}\n"
               f"Auto-Submitted: auto-replied\n{UTF8}", body)
    r = classify(raw)
    assert r.kind == "challenge"
    if protected:
        assert [x.address for x in r.recipients] == [protected]


@pytest.mark.parametrize("subject, body, address, reason", [
    # Nepali: transferred, the new address given; the message not sent
    ("सन्देश पठाउन सकिएन", "सीता अर्थ मन्त्रालयमा सरुवा हुनुभएको छ। यो ठेगाना अब प्रयोगमा छैन। नयाँ ठेगाना sita@mof.example मा "
     "सम्पर्क गर्नुहोस्।\n\nतपाईंको सन्देश पठाइएको छैन।\n\nप्राप्तकर्ता: sita@nagar.example\n", "sita@nagar.example", None),
    # Somali: no longer works here; the message not delivered
    ("Fariinta lama gaarsiin", "Qofka aad u qortay (ahmed@wasaarad.example) hadda kama shaqeeyo wasaaradda.\nFariintaada "
     "lama gaarsiin.\n", "ahmed@wasaarad.example", "user_unknown"),
])
def test_a_postmasters_notice_in_more_languages(subject: str, body: str, address: str, reason: str | None) -> None:
    raw = mail(f"{NULL}From: Postmaster <postmaster@mx.example>\nTo: news@shop.example\nSubject: {subject}\n"
               f"Auto-Submitted: auto-replied\n{UTF8}", body)
    r = classify(raw)
    assert r.kind == "failed"
    assert address in [x.address for x in r.recipients]
    if reason:
        assert [x.reason for x in r.recipients if x.address == address] == [reason]


# ---- fourth batch: whole messages ------------------------------------------------------------------------------
def test_an_office_365_rule_in_german_with_its_own_text() -> None:
    raw = _dsn("Ihre Nachricht an kai@firma.example konnte nicht zugestellt werden.\n\nHerr Kai ist nicht mehr für die "
               "Firma tätig. Diese Adresse wurde deaktiviert.\n\nkai              Office 365      firma.example\n"
               "Aktion erforderlich                  Empfänger\n\nDiagnostic information for administrators:\n\n"
               "kai@firma.example\nRemote Server returned '550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was "
               "rejected by organization policy'\n",
               "550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy Nachricht "
               "abgelehnt von: AM6PR02MB4321.eurprd02.prod.outlook.com", recipient="kai@firma.example")
    assert [x.reason for x in classify(raw).recipients] == ["user_unknown"]


@pytest.mark.parametrize("sender, subject, body", [
    ("LISTSERV <LISTSERV@lists.uni.example>", "Re: Survey data", "Your message is being returned to you unprocessed "
     "because it exceeds the maximum\nsize allowed for postings to the STATS-L list (200 kilobytes).\n"),
    ("SYMPA <sympa@lists.hist.example>", "Message rejeté : Archives", "Votre message à la liste genealogy@lists.hist.example "
     "a été rejeté :\nsa taille (2,3 Mo) dépasse la taille maximale autorisée pour cette liste (500 Ko).\n"),
])
def test_a_list_refuses_a_post_for_its_size(sender: str, subject: str, body: str) -> None:
    raw = mail(f"From: {sender}\nTo: news@shop.example\nSubject: {subject}\n{UTF8}", body)
    r = classify(raw)
    assert (r.kind, [x.reason for x in r.recipients]) == ("failed", ["message_too_large"])


def test_a_polish_notice_names_the_office_to_contact_no_recipient() -> None:
    raw = mail(f"{NULL}From: Administrator poczty <postmaster@hurt.example>\nTo: news@shop.example\n"
               f"Subject: Wiadomość niedostarczona\n{UTF8}",
               "Wiadomość wysłana na adres k.nowak@hurt.example nie została\ndostarczona.\n\nKonto zostało usunięte.\n"
               "Prosimy o kontakt z biurem: biuro@hurt.example\n\nKod błędu: 550 5.1.1\n")
    r = classify(raw)
    assert [x.address for x in r.recipients] == ["k.nowak@hurt.example"]
