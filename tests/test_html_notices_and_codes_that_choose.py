"""Readings of the thirty-ninth session.

Each case is a wording written for the rule it tests (none copied from a sample): what the words mean decides.
"""
from __future__ import annotations

import pytest

from filter import classify
from filter.core.classifier import decide
from shapes import kind_and_reasons, mail

HTML = "MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n"


def _html_notice(body: str, subject: str = "Nachricht zurückgewiesen"):
    return classify(mail(f"From: Mail Gateway <gateway@firm.example>\nTo: news@shop.example\nSubject: {subject}\n"
                         f"Auto-Submitted: auto-generated\n{HTML}", body))


# ---- an HTML notice's words: a picture's text alternative, the named character references ----------------------
@pytest.mark.parametrize("body, reason", [
    # the cause drawn as a picture, said in its alt text (HTML 4.01 section 13.8)
    ('<p>Ihre Nachricht an <a href="mailto:eva@firm.example">eva@firm.example</a> wurde zur&uuml;ckgewiesen.</p>'
     '<p><img src="cid:x@gw" alt="Zustellung fehlgeschlagen: Empf&auml;ngeradresse existiert nicht"></p>', "user_unknown"),
    ("<p>Message to eva@firm.example was not delivered.</p>"
     "<img src='https://gw.firm.example/r.png' alt='REJECTED - classified as SPAM by the content filter'/>", "spam_detected"),
    # a named reference outside the six most common ones ("&auml;" in "Postfach ist voll")
    ("<p>Die Nachricht an eva@firm.example konnte nicht zugestellt werden: das Postfach ist &uuml;berf&uuml;llt "
     "(Speicherplatz ersch&ouml;pft).</p>", "mailbox_full"),
])
def test_an_html_notice_is_read_with_its_pictures_words_and_its_named_characters(body, reason):
    assert kind_and_reasons(_html_notice(body)) == ("failed", [("eva@firm.example", reason)])


def test_a_logo_s_alt_text_adds_no_cause():
    body = ('<p><img src="cid:logo" alt="Firm Example"></p><p>Ihre Nachricht an eva@firm.example wurde zur&uuml;ckgewiesen: '
            "Empf&auml;nger unbekannt.</p>")
    assert kind_and_reasons(_html_notice(body)) == ("failed", [("eva@firm.example", "user_unknown")])


def test_a_reference_html_does_not_name_is_left_as_written():
    from filter.core.message import _strip_html

    assert _strip_html("<p>a &notaname; b &auml; &copy</p>") == "a &notaname; b ä &copy\n"


# ---- words that offer two causes: the code chooses --------------------------------------------------------------
EITHER = ("This message is larger than the current system limit or the recipient's mailbox is full. Create a shorter "
          "message body or remove attachments and try sending it again.")


@pytest.mark.parametrize("status, reason", [("5.3.4", "message_too_large"), ("5.2.3", "message_too_large"),
                                            ("5.2.2", "mailbox_full"), (None, "mailbox_full")])
def test_words_that_offer_a_full_mailbox_or_a_size_over_the_limit_leave_the_choice_to_the_code(status, reason):
    assert decide(status=status, diagnostic=EITHER, action="failed") == reason


def test_a_size_code_beside_words_of_a_full_mailbox_alone_stays_the_mailbox():
    assert decide(status="5.3.4", diagnostic="552 5.3.4 Mailbox is full", action="failed") == "mailbox_full"


# ---- gateways that sign with their product's name; a link's domain too new ----------------------------------------
@pytest.mark.parametrize("product", ["Egress Defend", "Darktrace Email", "Tessian", "IRONSCALES", "Perception Point"])
def test_a_security_product_s_notice_that_our_message_was_stopped_is_a_failure(product):
    from shapes import notice

    report = notice(f"{product} <noreply@vendor.example>", "Message not delivered",
                    "Your message to eva@firm.example has not been delivered.\n\n"
                    f"{product} identified the message as a likely phishing attempt and blocked it on behalf of the "
                    "recipient organisation.\n")
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "spam_detected")])


@pytest.mark.parametrize("words, reason", [
    ("550 5.7.1 Message blocked: it contains a link to a newly registered domain", "spam_detected"),
    ("550 5.7.1 Message blocked: URLs pointing to recently registered domains", "spam_detected"),
    ("550 5.7.1 Rejected: your sending domain is a newly registered domain", "bad_reputation"),
])
def test_a_new_domain_the_content_links_to_is_the_content_s_a_new_sending_domain_is_ours(words, reason):
    assert decide(status="5.7.1", diagnostic=words, action="failed") == reason


def test_a_product_s_notice_of_malware_found_in_the_message_we_sent_names_its_recipient_in_a_field():
    from shapes import notice

    report = notice("Email Security <no-reply@gateway.vendor.example>", "Virus detected in message you sent",
                    "The gateway has detected malware in the message you sent.\n\nSender:     news@shop.example\n"
                    "Recipient:  eva@firm.example\nSubject:    June news\nThreat:     TROJ_AGENT.ZZQ7 (attachment: x.xlsm)\n"
                    "Action:     Message deleted. The message was not delivered.\n")
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "virus_detected")])


@pytest.mark.parametrize("name", ["TROJ_AGENT.ZZQ7", "TSPY_BANKER.SMB", "BKDR_REMCOS.A", "W97M_DLOADER.XY"])
def test_a_malware_name_in_trend_micro_s_form_is_a_virus_found(name):
    assert decide(status=None, diagnostic=f"Threat: {name}", action="failed") == "virus_detected"


def test_a_german_notice_naming_the_message_by_its_subject_before_its_recipient():
    from shapes import notice

    report = notice("Mailschutz <noreply@mailschutz.example>", "Virenwarnung: Ihre Nachricht wurde nicht zugestellt",
                    'Sehr geehrte Damen und Herren,\n\ndie E-Mail mit dem Betreff "Juni-Angebote" an eva@firm.example\n'
                    "wurde vom Mailschutz nicht zugestellt, da im Anhang Schadsoftware gefunden wurde.\n")
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "virus_detected")])


@pytest.mark.parametrize("words, status, reason", [
    # a rule that stops a message until someone approves it
    ("MailMarshal has stopped the following e-mail for the following reason: The message contains an attachment type "
     "which requires administrator approval.", None, "on_hold"),
    # a sandbox's analysis still to finish
    ("451 4.7.1 Message deferred: attachment submitted for sandbox analysis, please retry later", "4.7.1", "on_hold"),
    ("451 4.7.1 Sandbox scan in progress, try again later", "4.7.1", "on_hold"),
    # ... but what the sandbox found decides once it has
    ("550 5.7.1 Message rejected: sandbox analysis found malware in the attachment", "5.7.1", "virus_detected"),
])
def test_a_message_stopped_until_approved_or_scanned_is_held(words, status, reason):
    assert decide(status=status, diagnostic=words, action="failed" if (status or "5")[0] == "5" else "delayed") == reason
