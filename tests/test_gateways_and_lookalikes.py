"""Security gateways' and older servers' wordings, and what only looks like a report (eighteenth
session): each wording is written for its test after what the product's documentation or the server
says, with the neighbour that keeps its own reading."""
from __future__ import annotations

from email.header import Header

import pytest

from filter import classify
from filter.core.classifier import decide

from shapes import mail


def _notice(frm: str, subject: str, body: str, head: str = "Auto-Submitted: auto-generated\n",
            to: str = "news@sender.example") -> bytes:
    """A plain-text notice to our address, its subject encoded as mail encodes it (RFC 2047)."""
    return mail(f"From: {frm}\nTo: {to}\nSubject: {Header(subject, 'utf-8').encode()}\n{head}"
                "Content-Type: text/plain; charset=utf-8", body)


@pytest.mark.parametrize("status, diagnostic, action, reason", [
    # a sending rate named as what we exceeded, with our IP and a lookup link beside it: our rate
    ("4.7.0", "421 4.7.0 Service temporarily unavailable: sending rate from 192.0.2.77 exceeds policy, see "
              "https://ipcheck.proofpoint.com/?ip=192.0.2.77", "delayed", "rate_limited"),
    ("4.7.0", "421 4.7.0 The connection rate of 192.0.2.77 has exceeded the site's limit", "delayed", "rate_limited"),
    # ... while the lookup link alone still names a block of our host
    ("5.7.1", "554 5.7.1 Blocked - see https://ipcheck.proofpoint.com/?ip=192.0.2.77", "failed", "blocked"),
    # our outbound threshold, though "this mailbox has exceeded" stands beside it: no full mailbox
    ("5.7.28", "554 5.7.28 Mail flood detected; this mailbox has exceeded its outbound sending threshold",
     "failed", "rate_limited"),
    ("5.2.2", "552 5.2.2 This mailbox has exceeded its storage quota", "failed", "mailbox_full"),
    # a gateway's traffic shaping slows the sending IP down (Symantec Email Security.cloud)
    (None, "421 Service Temporarily Unavailable; traffic shaping in effect for 192.0.2.91, please retry later",
     "delayed", "rate_limited"),
    # MailMarshal names itself in every notice: the rule it names decides, spam only when none is named
    (None, "MailMarshal has stopped the following message because it broke the following rule(s): Rule: Block "
           "Executable Attachments Policy: Attachment Policy", "failed", "policy_violation"),
    (None, "554 Message refused by MailMarshal SpamProfiler", "failed", "spam_detected"),
    # a count of our past mail judged spam is our history (reputation), in English and French; this message
    # reported as spam stays spam
    ("4.7.1", "450 4.7.1 Service refused due to bad behaviour - too many messages reported as spam", "delayed",
     "bad_reputation"),
    ("4.7.1", "450 4.7.1 Service refusé : trop de messages identifiés comme spam", "delayed", "bad_reputation"),
    ("4.7.0", "421 4.7.0 Zu viele Nachrichten wurden als Spam gemeldet", "delayed", "bad_reputation"),
    ("5.7.1", "550 5.7.1 Our users reported this bulk email as spam", "failed", "spam_detected"),
    # the word "reputation" in the languages that share its root, and in Russian: our reputation, before the IP
    # named beside it
    ("5.7.1", "550 5.7.1 Zprava odmitnuta: IP adresa odesilatele (192.0.2.7) ma nizkou reputaci", "failed",
     "bad_reputation"),
    ("5.7.1", "550 5.7.1 Adres IP 192.0.2.7 ma zbyt niską reputację", "failed", "bad_reputation"),
    ("5.7.1", "550 5.7.1 Alamat IP Anda memiliki reputasi buruk", "failed", "bad_reputation"),
    ("5.7.1", "550 5.7.1 Ваш IP-адрес имеет плохую репутацию", "failed", "bad_reputation"),
    # Proofpoint's page for a site's policy names the policy; its IP lookup names a block of our IP
    ("5.7.1", "554 5.7.1 [CS01] Message rejected due to local policy. Please visit "
              "https://support.proofpoint.com/essentials/policy-reject for more information.", "failed", "policy_violation"),
    (None, "550 Rejected - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=192.0.2.25", "failed", "blocked"),
    # ... not a word that only begins like it
    ("5.7.1", "550 5.7.1 Only reputable senders may relay through this host", "failed", "security_error"),
])
def test_gateway_wordings(status: str | None, diagnostic: str, action: str, reason: str) -> None:
    assert decide(status=status, diagnostic=diagnostic, action=action) == reason


def test_a_hold_until_the_sender_is_known_to_the_recipient_is_a_challenge() -> None:
    """A confirmation request (TMDA-style) explains its hold by the recipient's list of known senders."""
    raw = mail("From: jo-confirm+1726428115.48583.e26943@example.dk\nTo: news@sender.example\n"
               "Subject: Please confirm your message (Winter sale)\nAuto-Submitted: auto-replied (confirm)",
               "Your message with the subject \"Winter sale\" has been held because your address is not yet on the "
               "recipient's list of known senders.\nTo release your message, simply reply to this message, or "
               "visit https://example.dk/confirm/1726428115.\nUnconfirmed messages are deleted after 14 days.")
    assert classify(raw).kind == "challenge"
    # a newsletter that asks to be put on the reader's list of known senders asks nothing of a hold
    news = mail("From: Shop <news@shop.example>\nTo: jo@example.dk\nSubject: Add us to your contacts\n"
                "List-Unsubscribe: <https://shop.example/u>",
                "If our mail is not yet on the recipient's list of known senders, add news@shop.example to your "
                "contacts so that our offers reach your inbox.")
    assert classify(news).kind == "not_bounce"


def test_aol_mail_controls_are_the_members_own_setting() -> None:
    """AOL's Mail Controls (whom a member takes mail from), even as a local mailer's diagnostic."""
    assert decide(status="5.2.0", diagnostic="mail controls", action="failed", diag_type="x-unix") == "filtered"
    assert decide(status="5.2.0", diagnostic="procmail: Error while writing to mailbox", action="failed",
                  diag_type="x-unix") == "mailer_error"


def test_a_japanese_request_to_stop_the_mailing_is_no_report() -> None:
    """"配信を停止してください" (please stop sending) asks to unsubscribe: "配信" (delivery) there is no
    report's word, even from a carrier's domain whose own reports the project reads."""
    raw = mail("From: =?utf-8?b?6Yi05pyoIOS4gOmDjg==?= <ichiro@docomo.ne.jp>\nTo: support@shop.example.jp\n"
               "Subject: =?utf-8?b?6YWN5L+h5YGc5q2i5biM5pyb?=\nContent-Type: text/plain; charset=utf-8",
               "メールマガジンの配信を停止してください。\n鈴木")
    report = classify(raw)
    assert report.kind == "unsubscribe" and report.recipients[0].address == "ichiro@docomo.ne.jp"
    # a carrier's own report in the same words' neighbourhood stays a report
    bounce = mail("From: Mail Delivery Subsystem <MAILER-DAEMON@docomo.ne.jp>\nTo: news@shop.example.jp\n"
                  "Subject: =?utf-8?b?6YWN5L+h44Ko44Op44O8?=\nContent-Type: text/plain; charset=utf-8",
                  "次の宛先へのメールは配信できませんでした。\n<taro@docomo.ne.jp>\n宛先のアドレスは存在しません。")
    assert classify(bounce).kind == "failed"


_LURE_HEAD = ("From: \"Mail Administrator\" <MAILER-DAEMON@shop.example>\nTo: bounces@shop.example\n"
              "Subject: Returned mail: Data format error\nMIME-Version: 1.0\n"
              "Content-Type: multipart/mixed; boundary=\"b1\"")


def _lure(text: str, name: str) -> bytes:
    return mail(_LURE_HEAD, "--b1\nContent-Type: text/plain\n\n" + text + "\n\n--b1\nContent-Type: application/octet-stream; "
                f"name=\"{name}\"\nContent-Disposition: attachment; filename=\"{name}\"\nContent-Transfer-Encoding: base64\n\n"
                "UEsDBBQAAAAIAA==\n--b1--\n")


@pytest.mark.parametrize("name", ["transcript.zip", "Undelivered_Message.html", "document.pif"])
def test_a_lure_dressed_as_a_report_is_no_report(name: str) -> None:
    """A "returned mail" that names no recipient and returns no original, with a file to open: a lure."""
    text = ("The original message was received at Tue, 19 Mar 2024 02:55:40 +0800\n\n"
            "----- The following addresses had permanent fatal errors -----\n\n"
            "The message contains Unicode characters and has been sent as a binary attachment.")
    assert classify(_lure(text, name)).kind == "not_bounce"


def test_a_report_that_names_its_recipient_stays_one_whatever_it_carries() -> None:
    text = ("----- The following addresses had permanent fatal errors -----\n<jo@dest.example>\n"
            "    (reason: 550 5.1.1 <jo@dest.example>... User unknown)")
    report = classify(_lure(text, "transcript.zip"))
    assert report.kind == "failed" and report.recipients[0].reason == "user_unknown"
    # ... and one that names no one, with no file, is kept as a report whose recipient is unread
    bare = mail(_LURE_HEAD.replace("multipart/mixed; boundary=\"b1\"", "text/plain"),
                "----- The following addresses had permanent fatal errors -----\n\nUnknown error.")
    assert classify(bare).kind == "failed"


@pytest.mark.parametrize("subject, body", [
    ("[Ticket#2024100210000123] Eingangsbestätigung: Ihr Oktober-Newsletter",
     "Sehr geehrte Damen und Herren,\nvielen Dank für Ihre Nachricht. Ihre Anfrage ist bei uns eingegangen und wurde "
     "unter der Ticketnummer 2024100210000123 erfasst."),
    ("[JIRA] (ITSD-20931) Webinar reminder",
     "Hello,\nYour request ITSD-20931 \"Webinar reminder\"\nhas been received. Our service desk team will review it."),
])
def test_a_help_desks_acknowledgement_naming_its_ticket_is_an_auto_reply(subject: str, body: str) -> None:
    """A ticket opened from our mail, its number in the subject, answers it without In-Reply-To."""
    raw = _notice("Service <service@firm.example>", subject, body, "Auto-Submitted: auto-generated\nPrecedence: bulk\n")
    assert classify(raw).kind == "auto_reply"
    # ... marked by the older Precedence: bulk alone, as help desks and vacation programs set it, too
    assert classify(raw.replace(b"Auto-Submitted: auto-generated\n", b"")).kind == "auto_reply"
    # the same words from a person's mailbox, not marked automatic, are that person's mail
    person = raw.replace(b"Auto-Submitted: auto-generated\nPrecedence: bulk\n", b"")
    assert classify(person).kind == "not_bounce"


def test_a_self_run_filters_request_read_across_its_line_breaks_is_a_challenge() -> None:
    raw = mail("From: Frank <confirm+55c802c3627b75a8@home.example>\nTo: news@sender.example\n"
               "Subject: Please confirm you are human (Re: Webinar reminder)\nAuto-Submitted: auto-replied",
               "Hello,\n\nI run my own mail server and only accept mail from people I know. Your\nmessage to "
               "frank@home.example (\"Webinar reminder\") has been put aside.\n\nPlease confirm you are human by "
               "replying to this message without\nchanging the subject.")
    assert classify(raw).kind == "challenge"
    # a sign-up's "confirm you are human" asks for a click on the form, about no message of ours
    signup = mail("From: Shop <hello@shop.example>\nTo: jo@example.org\nSubject: Confirm you are human",
                  "Thanks for signing up! Please confirm you are human by clicking the button below.")
    assert classify(signup).kind == "not_bounce"


_NDR = ("From: Microsoft Outlook <postmaster@outlook.example>\nTo: news@sender.example\n"
        "Subject: Undeliverable: Spring Sale\nMIME-Version: 1.0\n"
        "Content-Type: multipart/report; report-type=delivery-status; boundary=\"in\"\n\n"
        "--in\nContent-Type: text/plain\n\nDelivery has failed to these recipients or groups:\npat@outlook.example\n\n"
        "--in\nContent-Type: message/delivery-status\n\nReporting-MTA: dns;mx.outlook.example\n\n"
        "Final-Recipient: rfc822;pat@outlook.example\nAction: failed\nStatus: 5.5.0\n"
        "Diagnostic-Code: smtp;550 5.5.0 Requested action not taken: mailbox unavailable\n\n--in--\n")


def _forward(extra: str, text: str, sender: str = "Shop News <news@sender.example>") -> bytes:
    return mail(f"From: {sender}\nTo: bounces@sender.example\nSubject: FW: Undeliverable: Spring Sale\n"
                f"{extra}MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"out\"",
                f"--out\nContent-Type: text/plain\n\n{text}\n\n--out\nContent-Type: message/rfc822\n\n{_NDR}\n--out--\n")


def test_a_report_a_mailbox_rule_forwards_is_read() -> None:
    """A mailbox rule's forward (marked automatic, RFC 3834) of a report it was given: the report it carries."""
    report = classify(_forward("Auto-Submitted: auto-generated\n", ""))
    assert report.kind == "failed" and [r.address for r in report.recipients] == ["pat@outlook.example"]
    # a colleague's forward (of the organisation it was sent to) passes the report on: it is read (thirty-fourth session;
    # tests/test_causes_in_more_languages_and_exchange_give_ups.py)
    report = classify(_forward("", "Hi, what does this mean? Should we remove pat?"))
    assert report.kind == "failed" and [r.address for r in report.recipients] == ["pat@outlook.example"]
    # a stranger's forward asking what it means is that person's mail
    assert classify(_forward("", "Hi, what does this mean?", "Ben <ben@home.example>")).kind == "not_bounce"



@pytest.mark.parametrize("frm, subject, body, reason", [
    ("Sophos Email Appliance <postmaster@firm.example.de>", "Nachricht blockiert: Angebote",
     "Ihre Nachricht an einkauf@firm.example.de wurde blockiert und nicht zugestellt.\n\nGrund: Die Nachricht enthält "
     "einen Anhang (Preisliste.docm) mit Makros. Dateien dieses Typs sind laut Richtlinie des Empfängers nicht "
     "zulässig.", "policy_violation"),
    ("Trend Micro Email Security <no-reply@tmes.example.eu>", "Votre message a été mis en quarantaine",
     "Bonjour,\nLe message que vous avez envoyé à s.girard@mutuelle.example.fr a été placé en quarantaine par la "
     "solution de sécurité de messagerie du destinataire.", "on_hold"),
    ("Proofpoint Essentials <no-reply@pp.example.com>", "Mensaje bloqueado",
     "Su mensaje para compras@empresa.example.es ha sido bloqueado: el tipo de archivo adjunto (.exe) no está "
     "permitido.", "policy_violation"),
])
def test_a_security_products_notice_in_other_languages(frm: str, subject: str, body: str, reason: str) -> None:
    """A product's own notice that our message was stopped, localised: the recipient it names and why."""
    raw = _notice(frm, subject, body)
    report = classify(raw)
    assert report.kind in ("failed", "delayed") and report.recipients[0].reason == reason
    # a vendor's newsletter in the same words' language, with list headers, is no notice (the postmaster's
    # account sends none)
    if "postmaster@" not in frm:
        news = raw.replace(b"Auto-Submitted: auto-generated\n", b"List-Unsubscribe: <https://vendor.example/u>\n")
        assert classify(news).kind == "not_bounce"


@pytest.mark.parametrize("status, diagnostic, reason", [
    # our past mail judged spam, the count and the verdict apart (en, de, es, it)
    ("5.7.1", "550 5.7.1 Rejected: our subscribers have flagged an unusually high percentage of recent mail from "
              "news.shop.example as junk", "bad_reputation"),
    ("5.7.1", "554 5.7.1 Zu viele Ihrer bisherigen Nachrichten wurden von unseren Nutzern als Spam markiert",
     "bad_reputation"),
    ("5.7.1", "550 5.7.1 Demasiados mensajes de su dominio han sido denunciados como spam por nuestros usuarios",
     "bad_reputation"),
    ("5.7.1", "550 5.7.1 Troppi messaggi provenienti dal vostro server sono stati segnalati come spam", "bad_reputation"),
    # the reply's lines joined with their code repeated mid-sentence, no continuation dash
    ("5.7.1", "550 5.7.1 Trop de messages envoyes depuis 192.0.2.45 ont ete signales comme 550 5.7.1 indesirables par "
              "nos abonnes.", "bad_reputation"),
    # the member's own controls and address book: the mailbox exists
    ("5.7.1", "554 5.7.1 Parental Controls for this account only allow mail from approved senders", "filtered"),
    ("5.7.1", "550 5.7.1 This mailbox only accepts mail from senders in its address book", "filtered"),
    ("5.7.1", "550 5.7.1 Der Empfaenger nimmt nur E-Mails von Absendern aus seinem Adressbuch an (persoenliche "
              "Filtereinstellung des Postfachs)", "filtered"),
    # a gateway's rule named in the notice decides; its slogan is no verdict
    (None, "MailMarshal stopped this message because it triggered the rule: Recipient validation - reject unknown "
           "recipients (LDAP). Trustwave MailMarshal Email Content Security", "user_unknown"),
    (None, "This message was stopped by the rule \"Block password protected / encrypted archives\". Trustwave "
           "MailMarshal scans all mail for spam, viruses and unacceptable content.", "policy_violation"),
    ("5.7.1", "554 5.7.1 Message rejected by content filter Inbound_Strip_Macro_Documents", "policy_violation"),
    # an attachment type that runs code, in any language; a virus named beside it still decides
    (None, "La pièce jointe « facture_mai.exe » est interdite par la politique de sécurité", "policy_violation"),
    (None, "Motivo: anexos do tipo .js não são permitidos pela política da empresa", "policy_violation"),
    ("5.7.1", "554 5.7.1 Virus found: W32/Agent.ABC in facture_mai.exe", "virus_detected"),
    # ... never a host name that only holds the letters ("mx.exemple.fr")
    ("5.1.1", "550 5.1.1 <jo@exemple.fr>: mailbox not found on mx.exemple.fr", "user_unknown"),
])
def test_adversarial_wordings(status: str | None, diagnostic: str, reason: str) -> None:
    assert decide(status=status, diagnostic=diagnostic, action="failed") == reason


@pytest.mark.parametrize("frm, subject, body", [
    ("Northwind Support <support@northwind.example>", "[Northwind Support] Re: Spring sale (#48213)",
     "##- Please type your reply above this line -##\nYour request (48213) has been received and is being reviewed."),
    ("IT Service Desk <itservice@agency.example.gov>", "Incident INC0091873 has been opened on your behalf",
     "Incident INC0091873 has been opened on your behalf.\nShort description: Partner offer"),
    ("Support <support@mairie.example.fr>", "[GLPI #0004512] Nouveau ticket - Accusé de réception",
     "Bonjour,\nVotre demande a bien été enregistrée sous le numéro 0004512."),
    # the number in the acknowledgement only (Freshdesk)
    ("Furniture <help@furniture.freshdesk.example>", "Ticket Received - Damaged delivery",
     "Dear Graham,\nWe would like to acknowledge that we have received your request and a ticket has been created. "
     "Ticket #9124."),
])
def test_more_help_desks_acknowledge_with_their_number(frm: str, subject: str, body: str) -> None:
    raw = _notice(frm, subject, body)
    assert classify(raw).kind == "auto_reply"


@pytest.mark.parametrize("subject, body", [
    ("配信解除希望", "配信解除希望です。よろしくお願いします。"),
    ("Re: 新春セール開催中", "今後このようなご案内メールは不要ですので、\n送るのを止めていただけますでしょうか。\n田中"),
    ("購読の解除", "メールマガジンの購読をやめたいので、登録を削除してください。"),
])
def test_more_japanese_requests_to_stop_the_mailing(subject: str, body: str) -> None:
    raw = _notice("taro@example.jp", subject, body, head="", to="news@shop.example.jp")
    assert classify(raw).kind == "unsubscribe"


@pytest.mark.parametrize("frm, subject, extra, body", [
    # BoxTrapper's verification request carries its own header
    ("sales@smallbiz.example", "verify#OnyR5Y-nw7oIv", "Return-Path: <>\nX-Boxtrapper: TyiuLqhn97\n",
     "The user sales@smallbiz.example has requested that all incoming mail from unknown senders be verified before "
     "it is delivered.\nThe original message has been queued and will be delivered when you reply."),
    # a Spanish self-run filter; the way every product asks to confirm, by a reply that keeps the subject
    ("Lucía <lucia@correo.example.com.ar>", "Confirmá tu mensaje [ref:8812-44]", "",
     "Solo acepto correo de personas que conozco. Tu mensaje quedó retenido.\nPara que me llegue, respondé a este "
     "correo sin cambiar el asunto."),
    ("jo@home.example", "Re: Winter sale", "",
     "Your message to jo@home.example is waiting. Please reply to this message without changing the subject:\n"
     "it will be delivered once you reply."),
])
def test_more_challenges(frm: str, subject: str, extra: str, body: str) -> None:
    raw = _notice(str(Header(frm, 'utf-8').encode()), subject, body, f"{extra}Auto-Submitted: auto-replied\n")
    assert classify(raw).kind == "challenge"
    # a newsletter's own "reply to this message without changing the subject" to take part in a poll is none
    if "Winter" in subject:
        news = mail("From: Shop <news@shop.example>\nTo: jo@home.example\nSubject: Vote for our next sale\n"
                    "List-Unsubscribe: <https://shop.example/u>", "To vote, reply to this message without changing the "
                    "subject and write the number of your choice.")
        assert classify(news).kind == "not_bounce"


@pytest.mark.parametrize("frm, subject, body", [
    ("SecureMail Gateway <no-reply-security@firm.example.de>", "Ihre Nachricht wurde zurückgehalten",
     "Ihre E-Mail an t.schreiber@firm.example.de wurde von unserem E-Mail-Sicherheitssystem zurückgehalten und in "
     "die Quarantäne gestellt."),
    ("Email Security <quarantena@firm.example.it>", "Messaggio trattenuto in quarantena",
     "Gentile mittente,\nil messaggio inviato a acquisti@firm.example.it è stato trattenuto in quarantena dal sistema "
     "di sicurezza della posta."),
])
def test_held_notices_of_a_sites_own_gateway(frm: str, subject: str, body: str) -> None:
    raw = _notice(frm, subject, body)
    report = classify(raw)
    assert report.kind in ("failed", "delayed") and report.recipients[0].reason == "on_hold"


def test_list_managers_refusing_a_post_for_its_content_or_an_unknown_list() -> None:
    # Mailman 2's content filter: the list refused the post's content (the list's address failed)
    raw = mail("From: makers-owner@lists.fab.example\nTo: orders@shop.example\nSubject: Content filter message notification\n"
               "X-Mailman-Version: 2.1.36\nX-BeenThere: makers@lists.fab.example\nX-List-Administrivia: yes",
               "The attached message matched the Makers mailing list's content\nfiltering rules and was prevented "
               "from being forwarded on to the list\nmembership.  You are receiving the only remaining copy of the "
               "discarded\nmessage.\n\nThe message's content type was not explicitly allowed\n")
    report = classify(raw)
    assert report.kind == "failed"
    assert [(r.address, r.reason) for r in report.recipients] == [("makers@lists.fab.example", "content_error")]
    # LISTSERV: no list by that name at the host
    raw = mail("From: \"L-Soft list server at LISTS.NORTH.EXAMPLE (17.0)\" <LISTSERV@LISTS.NORTH.EXAMPLE>\n"
               "To: bounce@updates.example\nSubject: Undeliverable mail: CHOIR-L@LISTS.NORTH.EXAMPLE",
               "The enclosed message has been identified as a delivery error for the CHOIR-L\nlist because there is no "
               "list by that name on this server:\n\n> Error description:\n> Error-type:       Unknown list\n"
               "> Address:          CHOIR-L@LISTS.NORTH.EXAMPLE\n> Error-text:       List CHOIR-L is not known at "
               "LISTS.NORTH.EXAMPLE.\n\n------------------------ Rejected message (6 lines) --------------------------\n"
               "From: Updates <noreply@updates.example>\nTo: CHOIR-L@LISTS.NORTH.EXAMPLE\nSubject: Reading list\n\nHello\n")
    report = classify(raw)
    assert [(r.address.lower(), r.reason) for r in report.recipients] == [("choir-l@lists.north.example", "user_unknown")]


@pytest.mark.parametrize("status, diagnostic, command, reason", [
    # texts administrators write themselves (access maps, ACLs, header checks): a mailbox kept from mail for now is
    # no missing one, even behind Postfix's "Recipient address rejected:" at RCPT TO (its owner on leave: the
    # mailbox exists and is disabled for now, ``suspended``)
    ("5.0.0", "550 5.0.0 <v@school.example>: Recipient address rejected: Staff member on long-term leave, mailbox not "
              "accepting messages", "RCPT", "suspended"),
    ("5.0.0", "550 5.0.0 <v@school.example>: Recipient address rejected: Mailbox not accepting messages", "RCPT",
     "filtered"),
    ("5.7.1", "550 5.7.1 <r@vets.example>: Recipient address rejected: Mail from this sender has been blocked at the "
              "recipient's request", "RCPT", "filtered"),
    ("5.7.1", "550 5.7.1 The recipient has asked us to block your messages", "DATA", "filtered"),
    # mail taken from an organisation's own senders only: its receiving policy, never the person's filter
    (None, "550 Class mailboxes only accept mail from school staff", "RCPT", "policy_violation"),
    ("5.7.1", "554 5.7.1 <all@school.example>: Recipient address rejected: This list is internal only", "RCPT",
     "policy_violation"),
    ("5.7.1", "550 5.7.1 This address only receives mail from within the university", "RCPT", "policy_violation"),
    # ... while a person's own list of senders stays their filter
    ("5.7.1", "550 5.7.1 This mailbox only accepts mail from known contacts", "RCPT", "filtered"),
    # kinds of mail a site does not take
    ("5.7.1", "550 5.7.1 Marketing email not wanted here", "DATA", "policy_violation"),
    ("5.7.1", "550 5.7.1 Newsletters are not accepted by this organisation", "DATA", "policy_violation"),
    ("5.7.1", "554 5.7.1 Our school does not accept mail from mass-mailing services", "RCPT", "policy_violation"),
    # the RFC 5322 limits a site checks, a size named, a relay refused, our address unverifiable
    ("5.7.1", "550 5.7.1 Message rejected: lines longer than 998 characters", "DATA", "not_compliant_rfc"),
    ("5.7.1", "550 5.7.1 Messages without a Message-ID are not accepted here", "DATA", "not_compliant_rfc"),
    (None, "552 Attachments over 10MB not allowed", "DATA", "message_too_large"),
    ("5.0.0", "550 This server does not relay for your domain. Use your own ISP's mail server.", "RCPT", "no_relaying"),
    (None, "550 Your sender address could not be verified. Fix your bounce handling.", "MAIL", "rejected"),
    # our domain too new, our IP range or country, our own quota
    (None, "550 Your domain was registered less than 30 days ago, mail refused", "MAIL", "bad_reputation"),
    ("5.7.1", "550 5.7.1 Mail from bulk sending service IP ranges is blocked here", "CONN", "blocked"),
    ("5.7.1", "550 5.7.1 We do not accept email from your country", "CONN", "blocked"),
    (None, "451 Sender quota exceeded, please try again later", "RCPT", "rate_limited"),
])
def test_administrators_own_wordings(status: str | None, diagnostic: str, command: str, reason: str) -> None:
    action = "delayed" if diagnostic.startswith("4") else "failed"
    assert decide(status=status, diagnostic=diagnostic, command=command, action=action) == reason
