"""Readings of the forty-second session: a message held by a named policy while a person still has to look at it, a
gateway's notice about our own outgoing mail, a named rule's policy, a quarantine digest for the reader, replies that
ask to be taken off in German and Arabic under a quoted original, automatic acknowledgements in German and French,
complaints of the 2000s and of a French abuse desk, the address a list's instructions name, and two MTAs' fixed
sentences.

Each case is a wording written for the rule it tests (none copied from a sample): what the words mean decides.
"""
from __future__ import annotations

import pytest

from filter import classify
from filter.core.classifier import decide
from shapes import UTF8, kind_and_reasons, mail, notice


# ---- holds still to be looked at ---------------------------------------------------------------------------------
@pytest.mark.parametrize("body", [
    # held by the organisation's policy, not delivered yet, a person's review to come
    ("Your message has been held\n\nThe message you sent to eva@firm.example has been held by the organisation's email "
     "security policy and has not been delivered yet.\n\nAn administrator at firm.example will review the message.\n"),
    # held until an administrator reviews it (and the same in Japanese above it)
    ("eva@firm.example 宛てのメッセージは、受信者組織のセキュリティポリシーにより保留されました。管理者が確認するまで配信されません。\n\n"
     "Your message to eva@firm.example has been held by the recipient's email security policy and will not be delivered "
     "until an administrator reviews it.\n"),
])
def test_a_message_held_by_a_policy_awaiting_a_person_is_held(body):
    report = notice("Email Security <notify@gw.firm.example>", "Your message has been held", body, null=True)
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "on_hold")])


def test_a_hold_whose_release_was_refused_is_no_longer_a_hold():
    body = ("The message you sent to eva@firm.example has been held by the organisation's email security policy.\n"
            "The administrator has rejected the release request and the message was deleted.\n")
    report = notice("Email Security <notify@gw.firm.example>", "Message not released", body, null=True)
    assert report.kind == "failed" and report.recipients[0].reason != "on_hold"


def test_our_own_gateway_holding_our_outbound_message_is_a_report_on_it():
    body = ("Your outbound message has been held for review by the Shop Data Leak Prevention policy \"Personal data\".\n\n"
            "  To:       eva@firm.example\n  Subject:  Member list export\n\n"
            "The message will be delivered if a reviewer approves it, or rejected if it is not approved within 48 hours.\n")
    report = notice("Data Leak Prevention <dlp-notify@shop.example>", "Your message has been held for review: Member list",
                    body, null=True)
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "on_hold")])


@pytest.mark.parametrize("words", [
    # blocked by a named organisation's data loss prevention policy: the policy, not our host
    "Your outbound message was blocked by the Shop Example data loss prevention policy.",
    # a named rule's policy violated
    "The message below violated the Outbound - Financial data (IBAN/SWIFT) policy and was not delivered.",
])
def test_a_named_policy_is_a_policy_violation(words):
    assert decide(status=None, diagnostic=words, action="failed") == "policy_violation"


def test_a_block_by_a_named_list_keeps_its_reading():
    # (the organisation's name between is no policy: a block list of our IP is still our host refused)
    words = "Your message was blocked by the Spamhaus ZEN list: 192.0.2.25 is listed."
    assert decide(status="5.7.1", diagnostic=words, action="failed") == "blocked"


def test_a_digest_of_mail_held_for_the_reader_is_no_bounce():
    body = ("Your Digest\nMessages on hold for bounces@shop.example since your last digest: 2\n\n"
            "Received   From                         Subject               Reason\n"
            "17/11      mailer-daemon@mx.other.example  Mail delivery failed  Spam\n"
            "17/11      info@webinar.example         Last seats            Graymail\n\n"
            "Release | Block | Permit: https://login.gateway.example/digest\n")
    report = classify(mail("From: Gateway Digest <digest@gateway.example>\nTo: bounces@shop.example\n"
                           f"Subject: Your digest\n{UTF8}", body))
    assert report.kind == "not_bounce"


# ---- replies asking to be taken off ------------------------------------------------------------------------------
@pytest.mark.parametrize("rule", ["-----Original-Nachricht-----", "-----Mensaje original-----",
                                  "-----Messaggio originale-----"])
def test_a_bare_request_above_a_quoted_original_is_a_request(rule):
    body = (f"Bitte austragen. Ich bekomme das jetzt jede Woche.\nH. Wagner\n\n{rule}\nBetreff: Herbst-Sale\n"
            "Von: \"Shop\" <news@shop.example>\n\nHallo, jetzt zugreifen ...\n")
    report = classify(mail("From: Helmut Wagner <h.wagner@firm.example>\nTo: bounces+h.wagner=firm.example@shop.example\n"
                           f"Subject: AW: Herbst-Sale\nIn-Reply-To: <nl.1@shop.example>\n{UTF8}", body))
    assert kind_and_reasons(report) == ("unsubscribe", [("h.wagner@firm.example", "unsubscribe")])


def test_a_word_that_only_begins_a_sentence_is_no_request():
    # ("Abmelden" as the first word of a longer sentence about something else asks nothing)
    body = "Abmelden kann ich mich ja jederzeit, aber wo finde ich die Rechnung vom Oktober?\nH. Wagner\n"
    report = classify(mail("From: Helmut Wagner <h.wagner@firm.example>\nTo: bounces+h.wagner=firm.example@shop.example\n"
                           f"Subject: AW: Herbst-Sale\nIn-Reply-To: <nl.1@shop.example>\n{UTF8}", body))
    assert report.kind == "not_bounce"


@pytest.mark.parametrize("body", [
    "من فضلكم ألغوا اشتراكي في النشرة البريدية.\nشكراً\n",
    "لا ترسلوا لي أي رسائل أخرى من فضلكم.\n",
])
def test_requests_to_unsubscribe_in_arabic_imperatives(body):
    report = classify(mail("From: nour@firm.example\nTo: bounces+nour=firm.example@shop.example\n"
                           f"Subject: Re: النشرة الشهرية\n{UTF8}", body))
    assert kind_and_reasons(report) == ("unsubscribe", [("nour@firm.example", "unsubscribe")])


# ---- automatic acknowledgements ----------------------------------------------------------------------------------
@pytest.mark.parametrize("subject, body", [
    # German: thanks in the subject, "we have received your mail", "an automatically generated answer"
    ("Vielen Dank für Ihre Nachricht!", "Hallo und vielen Dank für Ihre Nachricht!\n\nWir haben Ihre E-Mail erhalten und "
     "melden uns innerhalb von 24 Stunden.\n\nDies ist eine automatisch erzeugte Antwort.\n"),
    # French: an automatic receipt answering our mail
    ("Re: Offre spéciale", "Bonjour,\n\nNous avons bien reçu votre courriel. Ceci est un accusé de réception automatique.\n\n"
     "Ce courriel a été envoyé automatiquement. Veuillez ne pas y répondre.\n"),
])
def test_automatic_acknowledgements_in_german_and_french(subject, body):
    report = classify(mail("From: Service <info@firm.example>\nTo: bounces+info=firm.example@shop.example\n"
                           f"Subject: {subject}\n{UTF8}", body))
    assert kind_and_reasons(report) == ("auto_reply", [("info@firm.example", "auto_reply")])


def test_a_person_thanking_for_a_message_is_no_acknowledgement():
    body = "Vielen Dank für Ihre Nachricht. Können Sie mir die Größe M noch einmal zuschicken?\nGruß, Eva\n"
    report = classify(mail("From: Eva <eva@firm.example>\nTo: bounces+eva=firm.example@shop.example\n"
                           f"Subject: Vielen Dank für Ihre Nachricht\n{UTF8}", body))
    assert report.kind == "not_bounce"


# ---- complaints --------------------------------------------------------------------------------------------------
_ORIGINAL = ("--b1\nContent-Type: message/rfc822\n\nFrom: news@shop.example\nTo: eva@isp.example\nSubject: Offers\n\n"
             "Offers inside\n--b1--\n")


def test_aol_s_client_tos_notification_is_a_complaint():
    body = ("--b1\nContent-Type: text/plain\n\nThis is an email abuse report for an email message received from IP "
            "192.0.2.25.\n" + _ORIGINAL)
    report = classify(mail("From: scomp@aol.example\nTo: fbl@shop.example\nSubject: Client TOS Notification\n"
                           "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b1\"\n", body))
    assert kind_and_reasons(report) == ("complaint", [("eva@isp.example", "complaint")])


def test_a_french_abuse_desk_s_report_names_its_subscriber():
    body = ("Bonjour,\n\nUn de nos abonnés a signalé comme indésirable (bouton « Signaler un spam ») le message ci-dessous, "
            "émis depuis votre serveur 192.0.2.25.\n\nAbonné concerné : eva@isp.example\nObjet : Dernière chance\n\n"
            "Merci de retirer cet abonné de vos listes de diffusion.\n")
    report = classify(mail("From: Service abus <abuse@isp.example>\nTo: postmaster@shop.example\n"
                           f"Subject: Signalement de courrier indésirable\n{UTF8}", body))
    assert kind_and_reasons(report) == ("complaint", [("eva@isp.example", "complaint")])


# ---- the address a list's instructions name ------------------------------------------------------------------------
def test_the_address_under_a_join_instruction_is_no_recipient():
    body = ("Hello,\n\nThis message could not be delivered to the group because the group accepts messages only from its "
            "members.\n\nTo join the group, send a blank email to:\ntreasurers-subscribe@groups.example\n")
    report = classify(mail("From: Groups <notify@groups.example>\nTo: bounces+treasurers=groups.example@shop.example\n"
                           f"Subject: Your message to treasurers was not delivered\n{UTF8}", body))
    assert report.kind == "failed"
    assert [x.address for x in report.recipients] == ["treasurers@groups.example"]


# ---- fixed sentences of two MTAs ---------------------------------------------------------------------------------
@pytest.mark.parametrize("status, words, reason", [
    # qmail-smtpd's refusal of a bare line feed (RFC 5321 section 2.3.8), named by the page it points to or in words
    ("4.0.0", "451 See http://pobox.com/~djb/docs/smtplf.html.", "not_compliant_rfc"),
    ("5.6.0", "550 5.6.0 Bare LF received after DATA; lines must end in CRLF", "not_compliant_rfc"),
    # Exchange 5.5's MTA with no connector to the recipient's server
    (None, "No transport provider was available for delivery to this recipient. MSEXCH:MSExchangeMTA", "system_error"),
])
def test_fixed_sentences_of_qmail_and_exchange(status, words, reason):
    assert decide(status=status, diagnostic=words, action="failed") == reason
