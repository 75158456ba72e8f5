"""Readings of the thirty-seventh session: the wordings of older servers (a Domino mail file named by its path, CompuServe's
"mail area", cc:Mail's recipient and reason fields, the remedy a notice gives for a full mailbox), causes in Norwegian, Danish,
Swedish and Vietnamese, notices that say the message was delivered (to the junk folder, in the Nordic languages), a notice
whose only address is our own sender (the VERP address names the recipient), and the private names of Active Directory
domains in a DSN's Final-Recipient.

Each case is a wording written for the rule it tests (none copied from a sample): what the words mean decides.
"""
from __future__ import annotations

import pytest

from filter import classify
from filter.core.classifier import decide
from shapes import UTF8, kind_and_reasons, mail

OURS = "news.shop.example"


def _verp(address: str) -> str:
    local, _, domain = address.partition("@")
    return f"bounces+{local}={domain}@{OURS}"


def _system_notice(sender: str, recipient: str, subject: str, body: str, *, auto: str = "auto-generated"):
    headers = (f"Return-Path: <>\nFrom: {sender}\nTo: <{_verp(recipient)}>\nSubject: {subject}\n"
               f"Date: Tue, 03 Dec 2024 10:00:00 +0100\nMessage-ID: <n1@{recipient.partition('@')[2]}>\n"
               + (f"Auto-Submitted: {auto}\n" if auto else "") + UTF8)
    return classify(mail(headers, body))


# ---- what the words mean ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("diagnostic, reason", [
    # a Domino mail file over its quota, named by its path in brackets (and without it)
    ("Unable to deliver message: Recipient's mail file (mail\\jdoe.nsf) has exceeded its quota", "mailbox_full"),
    ("The mail file (mail2/kraus.nsf) exceeds its size quota.", "mailbox_full"),
    ("Recipient's mail file has exceeded its database quota", "mailbox_full"),
    # CompuServe's word for the mailbox; the remedy a notice gives for a full one
    ("Your message could not be delivered because the member's mail area is full.", "mailbox_full"),
    ("The addressee must delete old messages before new mail can be received.", "mailbox_full"),
    ("The user needs to delete some e-mails to make room for new ones.", "mailbox_full"),
    # the quota in brackets (a Domino server's "Maximum database size (quota) exceeded")
    ("Unable to deliver message: Maximum mail file size (quota) exceeded.", "mailbox_full"),
    # neither a mail exchanger nor an address for the recipient's domain (and the sender's domain: not the recipient's)
    ("Unable to find an MX or A record for the domain", "host_unknown"),
    ("No MX or AAAA records found for the recipient's domain.", "host_unknown"),
    # our sending rate inside a provider's policy heading (web.de, GMX)
    ("421-Reject due to policy restrictions (rate limit for sender domain exceeded)", "rate_limited"),
    # a Domino mail file that "is full", named by its path; a quota limit reached
    ("Unable to deliver: the mail file for this recipient (mail4\\ms.nsf) is full.", "mailbox_full"),
    ("The database quota limit has been reached.", "mailbox_full"),
    # a provider's policy heading over a block list's listing of our host: the listing is the cause
    ("554-Reject due to policy restrictions (sending IP 198.51.100.23 is listed on a DNS blocklist).", "blocked"),
    # a gateway's recipient and reason fields (cc:Mail's "Not found in directory")
    ("Recipient: MILLER, JOHN   Reason: Not found in directory", "user_unknown"),
    # the organisation's rules in Norwegian, Danish and Swedish
    ("Meldingen din ble avvist fordi den bryter bedriftens retningslinjer for e-post.", "policy_violation"),
    ("Beskeden blev afvist, da den overtræder virksomhedens politik.", "policy_violation"),
    ("Meddelandet stoppades eftersom det bryter mot företagets riktlinjer.", "policy_violation"),
    # the system gave up, in Vietnamese
    ("Không thể gửi thư: đã hết thời gian gửi tối đa.", "expired"),
    ("Máy chủ đã ngừng thử lại sau nhiều lần.", "expired"),
])
def test_the_words_say_the_cause(diagnostic, reason):
    assert decide(status=None, diagnostic=diagnostic, action="failed") == reason


@pytest.mark.parametrize("diagnostic", [
    # a store's or a sender's words that only look alike: no full mailbox, no unknown user
    "The sender must delete the attachment before the message can be sent again.",
    "Sender: MILLER, JOHN   Reason: Not found in directory",
    "The mail area of this server is under maintenance.",
    "Sender domain has no MX or A record; mail from it is not accepted.",
])
def test_look_alikes_say_no_such_cause(diagnostic):
    assert decide(status=None, diagnostic=diagnostic, action="failed") not in ("mailbox_full", "user_unknown")


# ---- delivered after all ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("body", [
    # delivered to the junk folder (English, Danish); delivered, said outright in Danish, Norwegian and Swedish
    "Your message to mia@firm.example was marked as possible spam and was delivered to the recipient's junk e-mail folder.",
    "Din besked til mia@firm.example blev markeret som mulig spam.\n\nBeskeden blev leveret.",
    "Meldingen til mia@firm.example ble merket som mulig søppelpost.\n\nMeldingen ble levert.",
    "Ditt meddelande till mia@firm.example markerades som möjlig skräppost.\n\nMeddelandet levererades.",
])
def test_a_notice_that_says_it_was_delivered_is_no_failure(body):
    report = _system_notice("Postmaster <postmaster@firm.example>", "mia@firm.example", "Besked markeret som spam", body)
    assert report.kind != "failed", kind_and_reasons(report)


def test_a_notice_that_says_it_was_not_delivered_stays_a_failure():
    # "blev ikke leveret": not delivered (the words of delivery need their verb next to the message)
    body = "Din besked til mia@firm.example blev ikke leveret.\n\nÅrsag: postkassen er fuld."
    report = _system_notice("Postmaster <postmaster@firm.example>", "mia@firm.example", "Ikke leveret", body)
    assert kind_and_reasons(report) == ("failed", [("mia@firm.example", "mailbox_full")])


# ---- our own sender is never the recipient ------------------------------------------------------------------------
def test_our_sender_under_an_unread_label_gives_way_to_the_verp_address():
    # Macedonian "Испраќач:" (sender) names our address; the notice went to the VERP address of ana@firm.example
    body = "Вашата порака не беше испорачана.\n\nИспраќач: news@news.shop.example\nПричина: поштенското сандаче не постои.\n"
    report = _system_notice("Поштенски систем <postmaster@firm.example>", "ana@firm.example", "Неиспорачана порака", body)
    assert kind_and_reasons(report) == ("failed", [("ana@firm.example", "user_unknown")])


def test_our_own_mailbox_as_the_recipient_stays():
    # (a seed mailbox of our own domain that we mailed: the VERP address names that same address, nothing to replace)
    body = "Вашата порака до seed@news.shop.example не беше испорачана.\nПричина: поштенското сандаче не постои.\n"
    report = _system_notice("Поштенски систем <postmaster@news.shop.example>", "seed@news.shop.example",
                            "Неиспорачана порака", body)
    assert [r.address for r in report.recipients] == ["seed@news.shop.example"]


# ---- a DSN's Final-Recipient at an Active Directory domain's private name -----------------------------------------
@pytest.mark.parametrize("final", ["s.rossi@dom01.azienda.intra", "s.rossi@mail.firma.loc", "s.rossi@exch.corp-net.priv"])
def test_a_private_directory_name_gives_way_to_the_original_recipient(final):
    body = ("--b\nContent-Type: text/plain\n\nDelivery failed.\n\n--b\nContent-Type: message/delivery-status\n\n"
            "Reporting-MTA: dns; mx.azienda.example\n\n"
            f"Original-Recipient: rfc822; s.rossi@azienda.example\nFinal-Recipient: rfc822; {final}\n"
            "Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n\n--b--\n")
    headers = ("From: MAILER-DAEMON@mx.azienda.example\nTo: bounces@news.shop.example\nSubject: Delivery Status Notification\n"
               "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=b\n")
    assert kind_and_reasons(classify(mail(headers, body))) == ("failed", [("s.rossi@azienda.example", "user_unknown")])


# ---- a final report after a server that broke the session ---------------------------------------------------------
@pytest.mark.parametrize("stage", ["receiving the initial server greeting", "performing the HELO handshake"])
def test_a_session_that_broke_is_a_network_error_even_in_a_final_report(stage):
    # Postfix's final report (Action: failed, 4.4.2) whose last attempt lost the connection: a server answered, the session
    # broke (the shared corpus's report at the HELO handshake is labelled so); only "timed out" before any greeting is a
    # server never reached, which a final report turns into a give-up
    words = f"lost connection with mx1.vineyard.example[198.51.100.23] while {stage}"
    assert decide(status="4.4.2", diagnostic=words, action="failed") == "network_error"
    assert decide(status="4.4.2", diagnostic="conversation with mx1.vineyard.example[198.51.100.23] timed out while receiving "
                  "the initial server greeting", action="failed") == "expired"


# ---- the mailbox a challenge guards -------------------------------------------------------------------------------
_CHALLENGE = ("I apologize for this automatic reply to your email.\nTo control spam, I now allow only mail from senders I "
              "have approved beforehand.\nIf you would like to be added to my list of approved senders, please fill out the "
              "short request form (see link below).\nhttps://firm.example/verify?id=3c\n{named}")


def test_a_challenge_names_the_verp_address_it_answers():
    headers = (f"Return-Path: <>\nFrom: Sender check <verify@firm.example>\nTo: <{_verp('hendra@firm.example')}>\n"
               f"Subject: Sender verification required\nAuto-Submitted: auto-replied\n{UTF8}")
    report = classify(mail(headers, _CHALLENGE.format(named="")))
    assert kind_and_reasons(report) == ("challenge", [("hendra@firm.example", "challenge")])


def test_a_challenge_names_the_guarded_mailbox_in_its_words():
    # (sent to our plain return path: the one other address of the challenger's organisation its words name)
    headers = (f"Return-Path: <>\nFrom: Antispam <antispam@firm.example>\nTo: <updates@lists.shop.example>\n"
               f"Subject: Verification required\nAuto-Submitted: auto-replied\n{UTF8}")
    report = classify(mail(headers, _CHALLENGE.format(named="\nMailbox: office@firm.example\n")))
    assert kind_and_reasons(report) == ("challenge", [("office@firm.example", "challenge")])


def test_a_persons_own_challenge_stays_theirs():
    # (the guarded person's own address sends it: nothing to replace)
    headers = (f"Return-Path: <>\nFrom: Ana Lima <ana@firm.example>\nTo: <updates@lists.shop.example>\n"
               f"Subject: Verification required\nAuto-Submitted: auto-replied\n{UTF8}")
    report = classify(mail(headers, _CHALLENGE.format(named="\nCopy to my assistant: jo@firm.example\n")))
    assert kind_and_reasons(report) == ("challenge", [("ana@firm.example", "challenge")])


def test_a_final_recipient_at_an_internal_name_gives_way_to_the_verp_address():
    # (no Original-Recipient to give way to: the VERP address names who we wrote to)
    body = ("--b\nContent-Type: text/plain\n\nDie Zustellung ist fehlgeschlagen.\n\n--b\nContent-Type: message/delivery-status\n\n"
            "Reporting-MTA: dns; srv-ex01.firma.local\n\nFinal-Recipient: rfc822; kmueller@firma.local\n"
            "Action: failed\nStatus: 5.1.10\nDiagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not "
            "found by SMTP address lookup\n\n--b--\n")
    headers = (f"From: postmaster@firma.example\nTo: {_verp('k.mueller@firma.example')}\nSubject: Unzustellbar: News\n"
               "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=b\n")
    assert kind_and_reasons(classify(mail(headers, body))) == ("failed", [("k.mueller@firma.example", "user_unknown")])


def test_a_hold_that_asks_for_the_characters_of_a_picture_is_a_challenge():
    body = ("Olá,\n\nSua mensagem foi retida pelo nosso sistema de verificação de remetentes.\n\nPara: ana@empresa.example\n\n"
            "Para liberar a entrega, acesse o endereço abaixo e digite os caracteres exibidos na imagem:\n"
            "https://antispam.empresa.example/liberar?k=a91b\n")
    headers = (f"From: \"Proteção Anti-Spam\" <antispam@empresa.example>\nTo: bounces@lists.shop.example\n"
               f"Subject: Verificação de remetente necessária\n{UTF8}")
    assert kind_and_reasons(classify(mail(headers, body))) == ("challenge", [("ana@empresa.example", "challenge")])


def test_a_postmasters_auto_reply_that_asks_about_delivery_problems_is_an_auto_reply():
    body = ("Thank you for writing to the postmaster of the university.\nThis mailbox is read on working days. If you are "
            "reporting a delivery problem, please include the full headers of the affected message.\n")
    headers = (f"Return-Path: <>\nFrom: Postmaster <postmaster@uni.example>\nTo: {_verp('postmaster@uni.example')}\n"
               f"Subject: Automatic reply: June news\nAuto-Submitted: auto-replied\n{UTF8}")
    assert classify(mail(headers, body)).kind == "auto_reply"


def test_a_release_said_as_a_condition_is_no_delivery():
    # Dutch "if the message is released, it will still be delivered": held, not delivered
    body = ("Uw bericht aan jan@zorg.example is door het beveiligingsbeleid vastgehouden en wacht op beoordeling door een "
            "beheerder.\n\nAls het bericht wordt vrijgegeven, wordt het alsnog afgeleverd.\n")
    report = _system_notice("Mimecast <postmaster@zorg.example>", "jan@zorg.example", "Bericht vastgehouden", body)
    assert kind_and_reasons(report) == ("failed", [("jan@zorg.example", "on_hold")])


def test_a_role_account_in_exims_list_with_exims_own_cause_is_a_recipient():
    body = ("This message was created automatically by mail delivery software.\n\nA message that you sent could not be "
            "delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n"
            "  sales@widgets.example\n    No Such User Here\n  support@widgets-old.example\n"
            "    all relevant MX records point to non-existent hosts\n")
    headers = ("From: Mail Delivery System <Mailer-Daemon@host.widgets.example>\nTo: bounces@lists.shop.example\n"
               "Subject: Mail delivery failed: returning message to sender\n")
    assert kind_and_reasons(classify(mail(headers, body))) == (
        "failed", [("sales@widgets.example", "user_unknown"), ("support@widgets-old.example", "host_unknown")])


def test_a_role_account_named_as_a_contact_stays_no_recipient():
    # (the same address as the contact the report gives, in a sentence: no recipient)
    body = ("This message was created automatically by mail delivery software.\n\nThe following address(es) failed:\n\n"
            "  sales@widgets.example\n    No Such User Here\n\nFor help, please contact support@widgets.example\n")
    headers = ("From: Mail Delivery System <Mailer-Daemon@host.widgets.example>\nTo: bounces@lists.shop.example\n"
               "Subject: Mail delivery failed: returning message to sender\n")
    assert kind_and_reasons(classify(mail(headers, body))) == ("failed", [("sales@widgets.example", "user_unknown")])


def test_the_vacation_programs_own_text_is_an_auto_reply():
    body = 'I will not be reading my mail for a while.\nYour mail concerning "June news"\nwill be read when I\'m back.\n'
    headers = "From: greg@unixshop.example\nTo: news@news.shop.example\nSubject: away from my mail\nPrecedence: bulk\n"
    assert kind_and_reasons(classify(mail(headers, body))) == ("auto_reply", [("greg@unixshop.example", "auto_reply")])


@pytest.mark.parametrize("body", ["Merhaba,\n\nLütfen beni bu e-posta listesinden çıkarın.\n\nHakan\n",
                                  "Merhaba,\n\nBu mesajları artık almak istemiyorum.\n\nHakan\n"])
def test_a_turkish_readers_request_to_be_taken_off_the_list(body):
    headers = f"From: Hakan <hakan@ttmail.example>\nTo: news@news.shop.example\nSubject: Re: Haftalık bülten\n{UTF8}"
    assert kind_and_reasons(classify(mail(headers, body))) == ("unsubscribe", [("hakan@ttmail.example", "unsubscribe")])


def test_a_hold_that_waits_for_a_release_is_no_delay():
    # "No action is required on your part" beside a hold that only a person's release ends: held, not retried
    body = ("Your message to kim@health.example has been held by the mail filter and will not be delivered unless it is "
            "released by the recipient or their administrator.\n\nNo action is required on your part.\n")
    report = _system_notice("Mail Filter <postmaster@health.example>", "kim@health.example", "Your message is being held", body)
    assert kind_and_reasons(report) == ("failed", [("kim@health.example", "on_hold")])


def test_a_delay_that_says_it_retries_stays_a_delay():
    # (the same hold words beside the system's further attempts: a delay)
    body = ("Your message to kim@health.example is temporarily held in the queue. The server will retry delivery for up to "
            "2 days.\n\nNo action is required on your part.\n")
    report = _system_notice("Mail Filter <postmaster@health.example>", "kim@health.example", "Delivery delayed", body)
    assert report.kind == "delayed"


# ---- who failed, where a report writes it oddly ---------------------------------------------------------------------
def _dsn(final: str, original: str | None, to: str, status: str = "5.1.1", diagnostic: str = "smtp; 550 5.1.1 User unknown",
         text: str = "Delivery failed.\n"):
    fields = (f"Original-Recipient: rfc822;{original}\n" if original else "") + f"Final-Recipient: rfc822;{final}\n"
    body = (f"--b\nContent-Type: text/plain\n\n{text}\n--b\nContent-Type: message/delivery-status\n\n"
            f"Reporting-MTA: dns; mx.firm.example\n\n{fields}Action: failed\nStatus: {status}\n"
            + (f"Diagnostic-Code: {diagnostic}\n" if diagnostic else "") + "\n--b--\n")
    headers = (f"From: MAILER-DAEMON@mx.firm.example\nTo: {to}\nSubject: Undeliverable: News\nMIME-Version: 1.0\n"
               "Content-Type: multipart/report; report-type=delivery-status; boundary=b\n")
    return classify(mail(headers, body))


def test_a_hybrid_tenants_routing_address_gives_way_to_the_original_recipient():
    # Exchange Online's "<tenant>.mail.onmicrosoft.com" is where a hybrid mailbox's mail is routed, not what we wrote
    report = _dsn("bob@contoso.mail.onmicrosoft.com", "bob@contoso.example", "bounces@news.shop.example")
    assert kind_and_reasons(report) == ("failed", [("bob@contoso.example", "user_unknown")])


def test_a_final_recipient_that_names_our_own_verp_address_gives_way_to_the_address_it_encodes():
    verp = _verp("nina@bank.example")
    report = _dsn(verp, None, verp)
    assert kind_and_reasons(report) == ("failed", [("nina@bank.example", "user_unknown")])


def test_a_notes_name_in_the_final_recipient_takes_its_words_from_because():
    text = ("Your message\n\n  Subject: News\n\nwas not delivered to:\n\n  Peter Schmitt/Sales/ACME@ACME\n\nbecause:\n\n"
            "  User Peter Schmitt (Peter Schmitt/Sales/ACME@ACME) not listed in Domino Directory\n")
    report = _dsn("Peter Schmitt/Sales/ACME@ACME", None, _verp("p.schmitt@acme.example"), status="5.0.0", diagnostic="",
                  text=text)
    assert kind_and_reasons(report) == ("failed", [("p.schmitt@acme.example", "user_unknown")])


def test_dominos_router_that_could_not_locate_the_name():
    assert decide(status="5.0.0", diagnostic="Router: Unable to locate CN=Maria Brandt/OU=Claims/O=ACME in Domino Directory",
                  action="failed") == "user_unknown"


def test_a_notice_that_returns_our_headers_is_a_report_whoever_sends_it():
    # a school platform's no-reply account, three languages, our message's headers returned as text/rfc822-headers
    body = ("--b\nContent-Type: text/plain; charset=utf-8\n\nYour message could not be delivered because the recipient's "
            "mailbox is full.\nUw bericht kon niet worden afgeleverd omdat de mailbox van de ontvanger vol is.\n\n"
            "--b\nContent-Type: text/rfc822-headers\n\nFrom: News <news@news.shop.example>\nTo: \"Meer, Ellen (Directie)\"\n"
            " <ellen@school.example>\nSubject: June news\n\n--b--\n")
    headers = ("From: School Mail <no-reply@school.example>\nTo: bounces@news.shop.example\nSubject: Undeliverable / "
               "Onbestelbaar\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b\n")
    assert kind_and_reasons(classify(mail(headers, body))) == ("failed", [("ellen@school.example", "mailbox_full")])


@pytest.mark.parametrize("sender, body, expected", [
    # an account of the recipient's own organisation writing to our VERP address in a report's words (localized)
    ("Mailsystem <noreply@isp.example>",
     "Ihre E-Mail konnte nicht zugestellt werden.\nGrund: Das angegebene Postfach existiert nicht.\n", "user_unknown"),
    ("Firma IT <it@firm.example>", "Meddelandet kunde inte levereras.\nMottagarens brevlåda är full.\n", "mailbox_full"),
])
def test_the_recipients_organisation_writing_to_our_verp_address(sender, body, expected):
    recipient = "kim@" + sender.rpartition("@")[2].rstrip(">")
    headers = f"From: {sender}\nTo: {_verp(recipient)}\nSubject: Ej levererat\n{UTF8}"
    assert kind_and_reasons(classify(mail(headers, body))) == ("failed", [(recipient, expected)])


@pytest.mark.parametrize("sender", ["Kim <kim@firm.example>", "Jo <jo@other.example>"])
def test_the_person_or_another_organisation_writing_to_our_verp_address_is_no_report(sender):
    # (the person our VERP address names, or someone of another organisation: no report of the recipient's system)
    headers = f"From: {sender}\nTo: {_verp('kim@firm.example')}\nSubject: Your newsletter\n{UTF8}"
    body = "Hi, my mailbox is full these days, so the message could not be delivered to my phone. Please send less.\n"
    assert classify(mail(headers, body)).kind == "not_bounce"


@pytest.mark.parametrize("diagnostic, reason", [
    ("Denne meddelelse blev ikke leveret. Modtagerens postkasse er lukket, og der modtages ikke længere post på denne "
     "adresse.", "user_unknown"),
    ("Mottakerens konto er lukket.", "user_unknown"),
    ("Modtagerens postkasse er midlertidigt lukket.", "suspended"),
])
def test_a_closed_mailbox_in_danish_and_norwegian(diagnostic, reason):
    assert decide(status=None, diagnostic=diagnostic, action="failed") == reason


@pytest.mark.parametrize("diagnostic, reason", [
    # a provider's policy heading names no cause: the words beside it do (web.de / GMX / IONOS)
    ("554-Reject due to policy restrictions. 554-Your sending IP 203.0.113.25 appears on the Spamhaus SBL.", "blocked"),
    ("550-Reject due to policy restrictions. 550-Your IP 203.0.113.25 is not listed on any DNS blocklist; the rejection is "
     "because it has no valid reverse DNS (PTR) record.", "require_ptr"),
    ("550-Reject due to policy restrictions. 550-DMARC policy of sender domain shop.example (p=reject) - DKIM and SPF not "
     "aligned.", "auth_failure"),
    ("552 Reject due to policy restrictions: message size 31457280 exceeds the limit of 20 MB for this mailbox",
     "message_too_large"),
    # (alone, with its link: the policy)
    ("554-Transaction failed 554-Reject due to policy restrictions. 554 For explanation visit "
     "https://postmaster.web.de/en/error-messages?ip=198.51.100.23&c=hi", "policy_violation"),
    # a Domino mail database named by its path that reached its maximum size
    ("Recipient's mail database (mail2\\kmeier.nsf) has reached its maximum size.", "mailbox_full"),
])
def test_a_headings_own_words_decide(diagnostic, reason):
    assert decide(status=None, diagnostic=diagnostic, action="failed") == reason


def test_a_group_members_internal_address_is_no_failure_of_the_group():
    # the VERP address names the group we wrote to; the DSN names one member's internal mailbox, another name: kept as is
    report = _dsn("p.lang@ex02.firm.local", None, _verp("sales@firm.example"), status="5.2.1",
                  diagnostic="smtp; 550 5.2.1 Mailbox disabled")
    assert [r.address for r in report.recipients] == ["p.lang@ex02.firm.local"]


@pytest.mark.parametrize("final", ["cschmidt@exch.firm.intern", "c.schmidt@exch.firm.local"])
def test_the_same_persons_internal_mailbox_gives_way_to_the_address_we_wrote_to(final):
    report = _dsn(final, None, _verp("carola.schmidt@firm.example"), status="5.2.1",
                  diagnostic="smtp; 550 5.2.1 Mailbox disabled")
    assert [r.address for r in report.recipients] == ["carola.schmidt@firm.example"]


def test_an_abuse_desks_acknowledgement_is_an_auto_reply():
    body = ("Thank you for contacting the abuse and postmaster desk.\n\nThis is an automated acknowledgement: your e-mail has "
            "been logged as ticket #AB-771203.\nIf you are writing about a bounce or a delivery problem, please reply with the "
            "full headers of the affected message.\n")
    headers = (f"From: Abuse Desk <abuse@hoster.example>\nTo: {_verp('abuse@hoster.example')}\n"
               f"Subject: [Ticket #AB-771203] June news\nAuto-Submitted: auto-replied\n{UTF8}")
    assert classify(mail(headers, body)).kind == "auto_reply"


def test_exchanges_relayed_notice_marked_auto_replied_is_a_delivery():
    body = ("Delivery to these recipients or groups is complete, but no delivery notification was sent by the destination "
            "server:\n\neinkauf@firm.example (einkauf@firm.example)\n\nSubject: June news\n")
    headers = (f"From: postmaster@firm.example\nTo: {_verp('einkauf@firm.example')}\nSubject: Relayed: June news\n"
               "Auto-Submitted: auto-replied\n")
    assert kind_and_reasons(classify(mail(headers, body))) == ("delivered", [("einkauf@firm.example", "delivered")])


def test_a_japanese_notice_of_delivery_completed_is_a_delivery():
    body = "配信完了のお知らせ\n\n以下の宛先へのメール配信が完了しました。\n\n  宛先: sato@example.jp\n  結果: 250 2.0.0 Ok\n"
    headers = f"From: mail-notice@example.jp\nTo: bounces@news.shop.example\nSubject: 配信完了通知 (Delivery Notification)\n{UTF8}"
    assert classify(mail(headers, body)).kind == "delivered"


@pytest.mark.parametrize("body", ["Παρακαλώ αφαιρέστε τη διεύθυνσή μου από τη λίστα σας.\n",
                                  "Δεν επιθυμώ να λαμβάνω πλέον μηνύματα.\n", "ΔΙΑΓΡΑΦΗ\n", "Remove me please.\n"])
def test_a_greek_readers_request_and_a_bare_remove_me(body):
    headers = f"From: Dimitris <dimitris@hol.example>\nTo: news@news.shop.example\nSubject: Re: Newsletter\n{UTF8}"
    assert kind_and_reasons(classify(mail(headers, body))) == ("unsubscribe", [("dimitris@hol.example", "unsubscribe")])


@pytest.mark.parametrize("body", ["Μην με αφαιρέσετε από τη λίστα, τα μηνύματα είναι χρήσιμα.\n",
                                  "Please don't remove me, I like the newsletter.\n"])
def test_a_reader_who_wants_to_stay_is_no_request(body):
    headers = f"From: Dimitris <dimitris@hol.example>\nTo: news@news.shop.example\nSubject: Re: Newsletter\n{UTF8}"
    assert classify(mail(headers, body)).kind != "unsubscribe"


@pytest.mark.parametrize("diagnostic, reason", [
    # the recipient a woman: French, Spanish, Italian, Portuguese, Polish
    ("La boîte aux lettres de la destinataire est pleine.", "mailbox_full"),
    ("El buzón de la destinataria está lleno.", "mailbox_full"),
    ("La casella della destinataria è piena.", "mailbox_full"),
    ("A caixa postal da destinatária está cheia.", "mailbox_full"),
    ("Skrzynka pocztowa adresatki jest pełna.", "mailbox_full"),
    # Domino's German mail file over its size (the mailbox's, not the message's)
    ("Die Maildatei des Empfängers hat ihre maximale Größe überschritten (Quote überschritten).", "mailbox_full"),
    ("Die Nachricht hat die maximale Größe überschritten.", "message_too_large"),
    # Italian: the owner and the verb between the noun and "inesistente"
    ("Motivo: la casella di posta del destinatario è inesistente.", "user_unknown"),
    # held until a person releases it, whatever the gateway calls it
    ("Your message has been successfully delivered to quarantine. It will not be delivered to the recipient's inbox unless "
     "it is released by an administrator.", "on_hold"),
])
def test_more_wordings_of_full_missing_and_held(diagnostic, reason):
    assert decide(status=None, diagnostic=diagnostic, action="failed") == reason


def test_a_service_desks_notice_that_the_mailbox_is_gone_is_its_report_not_a_request():
    # the recipient's organisation to our VERP address: "her mailbox was deleted ... please take the address off your list"
    body = ("Sehr geehrte Damen und Herren,\n\nIhre E-Mail vom 03.03.2025 konnte nicht zugestellt werden. Frau Keller ist nicht "
            "mehr in unserem Unternehmen tätig,\nihr Postfach wurde gelöscht und existiert nicht mehr.\n\nBitte entfernen Sie "
            "die Adresse aus Ihrem Verteiler.\n\nIhr Servicedesk\n")
    headers = (f"From: \"Servicedesk\" <servicedesk@firma.example>\nTo: <{_verp('s.keller@firma.example')}>\n"
               f"Subject: Ihre Nachricht an Frau Keller\n{UTF8}")
    assert kind_and_reasons(classify(mail(headers, body))) == ("failed", [("s.keller@firma.example", "user_unknown")])


def test_a_notes_report_in_german_takes_its_words_from_weil():
    text = ("Ihr Dokument:    Einladung\nwurde nicht zugestellt an:\n\n   Lena Vogt/Einkauf/MUSTERAG@MUSTERAG\n\nweil:\n\n"
            "   Die Maildatei des Empfängers hat ihre maximale Größe überschritten\n   (Quote überschritten).\n")
    report = _dsn("Lena Vogt/Einkauf/MUSTERAG@MUSTERAG", None, _verp("lena.vogt@muster.example"), status="5.0.0",
                  diagnostic="", text=text)
    assert kind_and_reasons(report) == ("failed", [("lena.vogt@muster.example", "mailbox_full")])


def test_a_hosting_notice_that_returns_our_headers_in_italian():
    body = ("--b\nContent-Type: text/plain; charset=utf-8\n\nGentile mittente,\n\nil messaggio di cui trova in allegato le "
            "intestazioni non è stato consegnato.\nMotivo: la casella di posta del destinatario è inesistente.\n\n"
            "--b\nContent-Type: text/rfc822-headers\n\nFrom: News <news@news.shop.example>\nTo: giulia@studio.example\n"
            "Subject: June news\n\n--b--\n")
    headers = ("From: \"Notifiche Posta\" <notifiche@hosting.example>\nTo: bounces@news.shop.example\nSubject: Avviso: "
               "messaggio non consegnato\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b\n")
    assert kind_and_reasons(classify(mail(headers, body))) == ("failed", [("giulia@studio.example", "user_unknown")])


@pytest.mark.parametrize("body", ["メルマガもう要らないので止めてください。\n", "何度も送ってこないでください。\n今後一切送らないでください。\n",
                                  "登録解除をお願いします。\n"])
def test_japanese_readers_requests(body):
    headers = f"From: reader@ezweb.example\nTo: news@mag.shop.example\nSubject: Re: ポイント5倍デー\n{UTF8}"
    assert kind_and_reasons(classify(mail(headers, body))) == ("unsubscribe", [("reader@ezweb.example", "unsubscribe")])


def test_a_japanese_isps_challenge_names_the_mailbox_it_guards():
    body = ("このメールは迷惑メール対策システムによる自動送信です。\n\nあなたが oota@net.example 宛てに送信したメールは、送信者確認のため一時的に保留"
            "されています。\n24時間以内に下記のURLにアクセスし、画面に表示される文字を入力してください。\nhttps://verify.net.example/cr?id=ee37\n")
    headers = (f"From: 送信者確認サービス <cr-verify@net.example>\nTo: <{_verp('oota@net.example')}>\n"
               f"Subject: 【送信者確認のお願い】メールは保留されています\nAuto-Submitted: auto-replied\n{UTF8}")
    assert kind_and_reasons(classify(mail(headers, body))) == ("challenge", [("oota@net.example", "challenge")])


@pytest.mark.parametrize("diagnostic, reason", [
    ("Vzrok: nabiralnik prejemnice je poln.", "mailbox_full"),                      # Slovenian
    ("El buzón de la destinataria no existe en este servidor.", "user_unknown"),    # Spanish, a woman
    ("Căsuța ei de e-mail a fost ștearsă.", "user_unknown"),                         # Romanian: her mailbox was deleted
    ("Frau Berger ist zum 28.02. aus dem Unternehmen ausgeschieden.", "user_unknown"),  # a leaver, a date between
])
def test_more_languages_and_forms_of_full_and_gone(diagnostic, reason):
    assert decide(status=None, diagnostic=diagnostic, action="failed") == reason


def test_a_leaver_sentence_stops_at_a_sentences_end():
    # (the dots of a date may stand between, a sentence's end may not)
    assert decide(status=None, diagnostic="Herr Kurz ist krank. Ausgeschieden wurden nur die alten Geräte.",
                  action="failed") != "user_unknown"


@pytest.mark.parametrize("sender, subject, body, recipient", [
    # Dutch: no longer delivered, her mailbox removed
    ("ICT Servicedesk <ict@gemeente.example>", "Uw nieuwsbrief aan m.devries",
     "Mevrouw M. de Vries is uit dienst getreden. Haar mailbox is verwijderd; berichten aan m.devries@gemeente.example worden "
     "niet meer afgeleverd.\nWilt u dit adres uit uw verzendlijst verwijderen?\n", "m.devries@gemeente.example"),
    # German, in an auto-responder's dress: the failure is the named colleague's, never the IT service's own
    ("IT-Service <it-service@firma.example>", "Automatische Antwort: Frühlingsangebote",
     "Frau Anna Berger ist zum 28.02. aus dem Unternehmen ausgeschieden; ihr Postfach wurde gelöscht.\nIhre Nachricht an "
     "a.berger@firma.example konnte deshalb nicht zugestellt werden.\n", "a.berger@firma.example"),
])
def test_a_service_desk_answering_our_verp_address_about_a_leaver(sender, subject, body, recipient):
    headers = (f"From: {sender}\nTo: <{_verp(recipient)}>\nSubject: {subject}\nAuto-Submitted: auto-replied\n{UTF8}")
    assert kind_and_reasons(classify(mail(headers, body))) == ("failed", [(recipient, "user_unknown")])


def test_a_persons_own_leaver_auto_reply_stays_theirs():
    # (the person who left answers from their own address: the old reading, their own address gone)
    body = "Ich bin zum 28.02. aus dem Unternehmen ausgeschieden. Ihre Nachricht wurde nicht zugestellt.\n"
    headers = (f"From: Anna Berger <a.berger@firma.example>\nTo: <{_verp('a.berger@firma.example')}>\nSubject: Automatische "
               f"Antwort: Frühlingsangebote\nAuto-Submitted: auto-replied\n{UTF8}")
    report = classify(mail(headers, body))
    assert [r.address for r in report.recipients] == ["a.berger@firma.example"]


def test_a_person_attaching_our_headers_to_a_complaint_is_no_report():
    body = ("--b\nContent-Type: text/plain; charset=utf-8\n\nmein Paket wurde nicht zugestellt, weil der Bote niemanden angetroffen "
            "hat.\n\n--b\nContent-Type: text/rfc822-headers\n\nFrom: Shop <news@news.shop.example>\nTo: sabine@web.example\n"
            "Subject: Versandbestätigung\n\n--b--\n")
    headers = ("From: Sabine <sabine@web.example>\nTo: bounces@news.shop.example\nSubject: Paket nicht zugestellt!!\n"
               "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b\n")
    assert classify(mail(headers, body)).kind == "not_bounce"


def test_a_heading_reads_only_its_own_words():
    # (a report's other recipient is full: the policy refusal of this one stays the policy's)
    assert decide(status=None, diagnostic="554-No SMTP service 554 Reject due to policy restrictions.",
                  context="Reason: The mailbox is full. The message could not be delivered.", action="failed") \
        == "policy_violation"


@pytest.mark.parametrize("sender, subject, body, recipient", [
    # Italian, Portuguese, Finnish, Mexican Spanish (under a ticket's mark), Japanese, and German under "AW:"
    ("Service Desk IT <servicedesk@gruppo.example>", "Messaggio non recapitato: News",
     "il Suo messaggio indirizzato a giulia@gruppo.example non è stato recapitato.\nLa collega ha lasciato l'azienda e la sua "
     "casella di posta è stata eliminata.\n", "giulia@gruppo.example"),
    ("Central de Serviços de TI <ti@empresa.example>", "Mensagem não entregue: News",
     "A mensagem enviada para ana@empresa.example não foi entregue.\nA colaboradora foi desligada da empresa e a caixa de "
     "correio dela foi excluída.\n", "ana@empresa.example"),
    ("IT-tuki <it-tuki@kunta.example>", "Automaattinen vastaus: News",
     "Lähettämäänne viestiä ei toimitettu osoitteeseen mikko@kunta.example.\nHenkilö ei ole enää kunnan palveluksessa, ja "
     "hänen käyttäjätunnuksensa sähköposteineen on poistettu.\n", "mikko@kunta.example"),
    ("Mesa de Ayuda TI <mesadeayuda@corp.example>", "[Ticket#20240512-331] Correo no entregado: News",
     "Se generó el ticket #20240512-331 de forma automática.\n\nLe informamos que su correo dirigido a luis@corp.example no fue "
     "entregado: el usuario causó baja en la empresa y su buzón fue eliminado.\n", "luis@corp.example"),
    ("ヘルプデスク <helpdesk@shoji.example>", "自動応答: News",
     "suzuki@shoji.example 宛てのメールはお届けできませんでした。\n当該社員は退職しており、メールボックスは削除済みです。\n", "suzuki@shoji.example"),
    ("IT-Helpdesk <it-helpdesk@beispiel.example>", "AW: News",
     "Ihre Nachricht an sabine@beispiel.example wurde nicht zugestellt.\nFrau Koch hat unser Haus verlassen; ihr E-Mail-Konto "
     "wurde gelöscht.\n", "sabine@beispiel.example"),
])
def test_service_desks_in_more_languages(sender, subject, body, recipient):
    headers = f"From: {sender}\nTo: <{_verp(recipient)}>\nSubject: {subject}\nAuto-Submitted: auto-replied\n{UTF8}"
    assert kind_and_reasons(classify(mail(headers, body))) == ("failed", [(recipient, "user_unknown")])


@pytest.mark.parametrize("body", [
    "Gentile mittente,\n\nla collega giulia@gruppo.example ha lasciato l'azienda; i messaggi a lei indirizzati vengono "
    "inoltrati al suo successore.\n",
    "Dear sender,\n\nour colleague giulia@gruppo.example has left the company; messages to her are forwarded to her "
    "successor.\n",
    "Sehr geehrte Damen und Herren,\n\nFrau Rossi (giulia@gruppo.example) ist aus dem Unternehmen ausgeschieden. Nachrichten an "
    "sie werden an ihre Nachfolgerin weitergeleitet.\n",
])
def test_a_service_desk_that_says_the_mail_is_forwarded_is_no_failure(body):
    headers = (f"From: Service Desk IT <servicedesk@gruppo.example>\nTo: <{_verp('giulia@gruppo.example')}>\nSubject: Risposta "
               f"automatica: News\nAuto-Submitted: auto-replied\n{UTF8}")
    assert classify(mail(headers, body)).kind != "failed"


_INNER_DSN = ("Return-Path: <>\nFrom: MAILER-DAEMON@mx.empresa.example (Mail Delivery System)\nSubject: Undelivered Mail Returned "
              "to Sender\nTo: {to}\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=i\n\n"
              "--i\nContent-Type: text/plain\n\n<joao@empresa.example>: host mx.empresa.example said: 550 5.1.1 User unknown\n\n"
              "--i\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.empresa.example\n\nFinal-Recipient: rfc822; "
              "joao@empresa.example\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n\n--i--\n")


def _forward_of(inner_to: str, sender: str = "Relay Notification <relay-notify@mailer.shop.example>"):
    body = ("--o\nContent-Type: text/plain\n\nThe attached delivery status notification was received by the outbound relay. It is "
            "forwarded unchanged.\n\n--o\nContent-Type: message/rfc822\n\n" + _INNER_DSN.format(to=inner_to) + "\n--o--\n")
    headers = (f"From: {sender}\nTo: bounces@news.shop.example\nSubject: Fwd: Undelivered Mail Returned to Sender\n"
               "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=o\n")
    return classify(mail(headers, body))


def test_a_forward_of_a_report_that_went_to_our_bounce_address_is_that_report():
    assert kind_and_reasons(_forward_of(_verp("joao@empresa.example"))) == ("failed", [("joao@empresa.example", "user_unknown")])


def test_a_persons_forward_of_a_report_on_their_own_mail_stays_their_mail():
    # (the report went to the person's own address: their mail, their question)
    report = _forward_of("maria@freemail.example", sender="Maria <maria@freemail.example>")
    assert report.kind == "not_bounce"


def test_the_it_departments_own_answer_to_a_delay_warning_is_a_persons_mail():
    # (under "AW:", not marked automatic, quoting our delay warning: a person explaining greylisting)
    body = ("Hallo,\n\nunser Mailserver nutzt Greylisting. Ihre Newsletter kommen deshalb mit ein paar Minuten Verspätung an.\n\n"
            "> Delayed Mail (still being retried)\n> Your message could not be delivered for more than 4 hour(s).\n")
    headers = (f"From: IT-Abteilung <it@firma.example>\nTo: <{_verp('k.weber@firma.example')}>\n"
               f"Subject: AW: Delayed Mail (still being retried)\n{UTF8}")
    assert classify(mail(headers, body)).kind == "not_bounce"


def test_a_lure_about_our_own_address_stays_no_report():
    body = ("Sehr geehrte/r bounces@news.shop.example,\n\nIhre Nachricht an kunden@news.shop.example wurde nicht zugestellt.\n"
            "6 eingehende Nachrichten werden auf dem Server zurückgehalten.\n\nKlicken Sie unten, um die Nachrichten erneut zu "
            "senden:\nhttps://mailbox-sicherheit.example/release\n\nWenn Sie nicht handeln, wird Ihr Postfach deaktiviert.\n")
    headers = (f"From: Mail-Administrator <admin@mailbox-sicherheit.example>\nTo: bounces@news.shop.example\n"
               f"Subject: Zustellfehler: 6 Nachrichten zurückgehalten\n{UTF8}")
    assert classify(mail(headers, body)).kind == "not_bounce"


@pytest.mark.parametrize("sender, subject, body", [
    # service desks in languages whose words of a failed delivery no table holds: the notice names the very address the VERP
    # address encodes, and says why (the mailbox deleted, the colleague gone)
    ("ՏՏ աջակցություն <it@firm.example>", "Չի առաքվել: News",
     "Ձեր նամակը ana@firm.example հասցեին չի առաքվել։ Աշխատակցուհին այլևս չի աշխատում, և նրա փոստարկղը ջնջվել է։"),
    ("IT-tugi <tugi@firm.example>", "Kirja ei toimetatud kohale: News",
     "Teie kirja aadressile ana@firm.example ei õnnestunud kohale toimetada. Töötaja on ettevõttest lahkunud ja tema postkast "
     "on kustutatud."),
    ("IT podrška <itpodrska@firm.example>", "Poruka nije isporučena: News",
     "Vaša poruka za ana@firm.example nije isporučena. Djelatnica je napustila tvrtku, a njezin poštanski sandučić je izbrisan."),
    ("IT 헬프데스크 <helpdesk@firm.example>", "전달되지 않음: News",
     "ana@firm.example 님에게 보내신 메일이 전달되지 않았습니다. 해당 직원은 퇴사하여 메일 계정이 삭제되었습니다."),
    ("מוקד התמיכה <helpdesk@firm.example>", "לא נמסר: News", "ההודעה שלך אל ana@firm.example לא נמסרה. העובדת עזבה את החברה ותיבת הדואר שלה נמחקה."),
])
def test_service_desks_in_languages_no_table_held(sender, subject, body):
    headers = f"From: {sender}\nTo: <{_verp('ana@firm.example')}>\nSubject: {subject}\n{UTF8}"
    assert kind_and_reasons(classify(mail(headers, body + "\n"))) == ("failed", [("ana@firm.example", "user_unknown")])


def test_a_desks_notice_naming_two_colleagues_is_not_read_by_the_address_alone():
    # (two addresses of the organisation named: which one is gone, only words of a report could say)
    body = ("Ձեր նամակը ana@firm.example հասցեին չի առաքվել։ Աշխատակցուհին այլևս չի աշխատում, և նրա փոստարկղը ջնջվել է։ "
            "Գրեք jo@firm.example հասցեին։\n")
    headers = f"From: ՏՏ <it@firm.example>\nTo: <{_verp('ana@firm.example')}>\nSubject: Չի առաքվել\n{UTF8}"
    assert classify(mail(headers, body)).kind == "not_bounce"


def test_a_help_desks_auto_reply_about_a_colleague_is_the_colleagues_failure():
    # (the older reading gave the failure to the answering account itself)
    body = ("Dobrý deň, Vaša správa pre martin@firma.example nebola doručená. Zamestnanec už vo firme nepracuje a jeho "
            "poštová schránka bola zrušená.\n")
    headers = (f"From: Helpdesk <helpdesk@firma.example>\nTo: <{_verp('martin@firma.example')}>\nSubject: Automatická odpoveď: "
               f"News\nAuto-Submitted: auto-replied\n{UTF8}")
    assert [r.address for r in classify(mail(headers, body)).recipients] == ["martin@firma.example"]


@pytest.mark.parametrize("subject, prefixed", [("전달되지 않음: News", False), ("전달: News", True), ("回复：News", True),
                                               ("转发 News", True), ("AW: News", True), ("Undeliverable: News", False)])
def test_a_prefix_without_its_colon_counts_only_as_a_word_of_its_own(subject, prefixed):
    from filter.core.detectors.text import reply_prefixed
    assert reply_prefixed(subject) is prefixed


@pytest.mark.parametrize("diagnostic, reason", [
    ("550 5.7.1 Rejected by ESET Mail Security: Antispam", "spam_detected"),
    ("Thư của Quý khách chưa được chuyển phát vì hộp thư của người nhận đã đầy.", "mailbox_full"),
    ("Darbinieces pastkastīte uz laiku ir bloķēta.", "suspended"),
    ("messaggio rifiutato: contenuto malevolo rilevato (documento con macro attive)", "virus_detected"),
])
def test_the_last_batchs_causes(diagnostic, reason):
    assert decide(status=None, diagnostic=diagnostic, action="failed") == reason


@pytest.mark.parametrize("body", ["Vinsamlegast takið mig af póstlistanum ykkar.\n", "Ég vil ekki fá fleiri tölvupósta.\n"])
def test_an_icelandic_readers_request(body):
    headers = f"From: Helga <helga@netfang.example>\nTo: news@news.shop.example\nSubject: RE: Sumartilboð\n{UTF8}"
    assert kind_and_reasons(classify(mail(headers, body))) == ("unsubscribe", [("helga@netfang.example", "unsubscribe")])


@pytest.mark.parametrize("body", [
    "L'adresse claire@assurances.example n'est plus utilisée. Votre message a été transféré automatiquement à la nouvelle "
    "adresse : claire@groupe.example\n",
    "Adres claire@assurances.example jest nieaktywny. Państwa wiadomość została automatycznie przekazana na nowy adres: "
    "claire@groupe.example\n",
])
def test_a_notice_that_the_message_was_forwarded_to_a_new_address_is_no_failure(body):
    # (the account that answers names the old address our VERP address encodes: still no failure, the mail went on)
    headers = (f"From: Messagerie <ne-pas-repondre@assurances.example>\nTo: <{_verp('claire@assurances.example')}>\n"
               f"Subject: Changement d'adresse\nAuto-Submitted: auto-replied\n{UTF8}")
    assert classify(mail(headers, body)).kind != "failed"


@pytest.mark.parametrize("body", [
    "Kérem, töröljenek a levelezőlistájukról, nem szeretnék több ilyen levelet kapni.\n",   # Hungarian
    "Lūdzu, izņemiet mani no sava saraksta. Es vairs nevēlos saņemt šīs vēstules.\n",         # Latvian
    "Tynnwch fi oddi ar eich rhestr bostio os gwelwch yn dda.\n",                               # Welsh
    "لطفاً اشتراک من را لغو کنید و دیگر برای من ایمیل نفرستید.\n",                                  # Persian
    "กรุณาลบอีเมลของฉันออกจากรายชื่อผู้รับ ไม่ต้องการรับข่าวสารอีกแล้ว\n",                                   # Thai
])
def test_readers_requests_in_five_more_languages(body):
    headers = f"From: Reader <reader@mail.example>\nTo: news@news.shop.example\nSubject: Re: Newsletter\n{UTF8}"
    assert kind_and_reasons(classify(mail(headers, body))) == ("unsubscribe", [("reader@mail.example", "unsubscribe")])


@pytest.mark.parametrize("body", [
    "Köszönöm a hírlevelet, nagyon hasznos, kérem továbbra is küldjék.\n",
    "Paldies par jaunumiem, tie man ļoti noder.\n",
])
def test_a_reader_who_thanks_is_no_request(body):
    headers = f"From: Reader <reader@mail.example>\nTo: news@news.shop.example\nSubject: Re: Newsletter\n{UTF8}"
    assert classify(mail(headers, body)).kind != "unsubscribe"
