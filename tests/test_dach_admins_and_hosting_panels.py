"""Readings of the forty-eighth session: the texts German-speaking administrators write (a recipient "in diesem System nicht
vorhanden", an archive locked by its administrator, a header "nicht RFC-5322-konform"), a server's Latin-1 reply copied into
a UTF-8 report, hosting panels' local programs, gateways that say why they blocked, and the people, challenges and notices
that only look like reports.

Each case is a wording written for the rule it tests (none copied from a sample): what the words mean decides.
"""
from __future__ import annotations

import pytest

from filter import classify
from filter.core.classifier import decide
from filter.core.message import decode_bytes
from filter.core.smtptext import find_reply_code
from shapes import NULL, UTF8, VERP, kind_and_reasons, mail, persons_mail, system_notice


# ---- a server's 8-bit reply inside a report whose own text is UTF-8 ----------------------------------------------------
def test_bytes_that_are_not_utf8_are_read_as_windows_western_and_the_utf8_around_them_kept():
    assert decode_bytes(b"Der Empf\xe4nger \xc3\xa4ndert nichts", "utf-8") == "Der Empfänger ändert nichts"
    assert decode_bytes(b"Empf\xe4nger", None) == "Empfänger"


def _dsn_with_latin1_reply(reply: bytes) -> bytes:
    return (b"From: MAILER-DAEMON@mail.shop.example (Mail Delivery System)\nTo: " + VERP.encode() + b"\n"
            b"Subject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\n"
            b"Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n"
            b"--b\nContent-Type: text/plain; charset=utf-8\n\nYour message could not be delivered.\n\n"
            b"--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mail.shop.example\n\n"
            b"Final-Recipient: rfc822; eva@firm.example\nAction: failed\nStatus: 5.7.1\n"
            b"Diagnostic-Code: smtp; " + reply + b"\n\n--b--\n")


def test_a_latin1_reply_in_the_status_fields_is_read_by_its_words():
    raw = _dsn_with_latin1_reply(b"550 5.7.1 Der Empf\xe4nger hat Ihre Absenderadresse in seiner pers\xf6nlichen Liste "
                                 b"blockierter Absender eingetragen.")
    report = classify(raw)
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "filtered")])
    assert "Empfänger" in report.recipients[0].diagnostic


# ---- German administrators' own words ---------------------------------------------------------------------------------
@pytest.mark.parametrize("words", [
    'Der Empfänger "einkauf" ist in diesem System nicht vorhanden.',
    "Der Empfänger ist in unserem Mailsystem nicht vorhanden.",
    "Der Benutzer lager ist auf diesem Server unbekannt.",
])
def test_a_recipient_not_present_in_this_system_is_user_unknown(words):
    assert decide(status=None, diagnostic=words, action="failed") == "user_unknown"


def test_a_system_that_is_not_present_is_no_unknown_recipient():
    assert decide(status=None, diagnostic="Das Zielsystem ist in diesem Netz nicht vorhanden.", action="failed") != "user_unknown"


@pytest.mark.parametrize("words", [
    "Das Archiv (Postfach) des Empfängers ist vom Administrator gesperrt worden und nimmt derzeit keine Nachrichten an.",
    "Das Konto wurde durch den Systemadministrator deaktiviert.",
])
def test_a_mailbox_locked_by_its_administrator_is_suspended(words):
    assert decide(status=None, diagnostic=words, action="failed") == "suspended"


@pytest.mark.parametrize("words", [
    "550 5.2.1 Postfach gesperrt (Mitarbeiter ausgeschieden, Konto deaktiviert)",
    "550 5.2.1 Mailbox disabled - Postfach deaktiviert (Mitarbeiter ausgeschieden)",
])
def test_a_mailbox_said_only_to_be_disabled_is_suspended_whatever_x21_reads(words):
    # (its person gone: no word says the mailbox is missing; X.2.1's table reading, filtered, does not outrank the words)
    assert decide(status="5.2.1", diagnostic=words, command="RCPT", action="failed") == "suspended"


def test_a_mailbox_disabled_for_good_with_words_of_one_missing_is_still_gone():
    assert decide(status="5.2.1", diagnostic="550 5.2.1 Casella disattivata definitivamente, utente inesistente",
                  command="RCPT", action="failed") == "user_unknown"


@pytest.mark.parametrize("words", [
    'Nachricht nicht RFC-5322-konform: doppelte Kopfzeile "Message-ID".',
    "Fehlende Date-Kopfzeile, Nachricht abgewiesen.",
])
def test_headers_broken_in_german_words_are_not_compliant_rfc(words):
    assert decide(status="5.6.0", diagnostic=f"550 5.6.0 {words}", command="DATA", action="failed") == "not_compliant_rfc"


# (the kinds of mail and of sender an organisation takes: its rule, said in each round's words and languages)
@pytest.mark.parametrize("words, command", [
    ("550 5.7.1 Die Stadtverwaltung nimmt an diese Adresse keine Werbe- und Newsletter-Mails an.", "DATA"),
    ("550 5.7.1 We are a small practice and decided not to accept newsletters or any other bulk mail on our office address.",
     "DATA"),
    ("550 5.7.1 External bulk mail with tracking links is not permitted for finance mailboxes.", "DATA"),
    ("550 5.7.1 Anhangstyp nicht zugelassen", "DATA"),
    ("550 5.7.1 Wiadomości masowe zawierające linki śledzące nie są przyjmowane na tym serwerze (zasada administratora).",
     "DATA"),
    ("550 5.7.1 TRANSPORT.RULES.RejectMessage; The Trust does not accept unsolicited marketing or bulk email to departmental "
     "mailboxes", "RCPT"),
    ("550 5.7.1 Transport department accepts mails only from registered bus contractors. Unauthorised sender.", "RCPT"),
    ("550 5.7.1 Funktionspostfach: keine Werbe- oder Massenpost", "RCPT"),
    ("554 5.7.1 Der Verein nimmt an Vorstandsadressen keine Newsletter oder Werbesendungen an", "RCPT"),
    ("550 5.7.1 Le service achats n'accepte que les courriels des fournisseurs référencés.", "RCPT"),
    ("550 5.7.1 Questa casella accetta esclusivamente messaggi dalle ditte di trasporto accreditate.", "RCPT"),
])
def test_a_kind_of_mail_the_site_does_not_take_is_its_policy(words, command):
    assert decide(status="5.7.1", diagnostic=words, command=command, action="failed") == "policy_violation"


def test_mail_judged_bulk_is_still_spam():
    assert decide(status="5.7.1", diagnostic="550 5.7.1 Message identified as bulk mail", command="DATA",
                  action="failed") == "spam_detected"


def test_a_server_that_takes_mail_only_from_users_logged_in_asks_for_authentication():
    words = "530 5.7.0 Authentifizierung erforderlich. Dieser Server nimmt nur E-Mails von angemeldeten Benutzern an."
    assert decide(status="5.7.0", diagnostic=words, command="RCPT", action="failed") == "security_error"


def test_an_address_that_takes_mail_only_from_named_senders_is_still_a_policy():
    words = "550 5.7.1 Diese Adresse nimmt nur Nachrichten von Gerichten und Behörden an."
    assert decide(status="5.7.1", diagnostic=words, command="RCPT", action="failed") == "policy_violation"


# ---- notices that say it in German sentences --------------------------------------------------------------------------
def test_a_sending_services_notice_that_it_did_not_deliver_to_a_suppressed_address_is_a_failure():
    body = ("Guten Tag,\n\nIhre Nachricht \"Frühlingsaktion\" wurde über unseren Versand-\ndienst NICHT an eva@firm.example "
            "ausgeliefert.\n\nDie Empfängeradresse steht auf der internen Unterdrückungsliste Ihres Kontos.\n")
    report = system_notice("Versanddienst <noreply@versand.example>", "Nicht versendet: Empfänger auf Sperrliste", body)
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "suppressed")])


def test_a_shops_order_not_yet_delivered_to_the_customer_is_no_report():
    report = persons_mail("Shop Service <service@laden.example>", "Ihre Bestellung",
                          "Guten Tag,\n\nIhre Bestellung wurde leider noch nicht an Sie ausgeliefert. Wir melden uns.\n")
    assert report.kind == "not_bounce"


def test_a_status_notice_that_the_message_could_not_be_sent_names_its_recipient():
    body = ("Die folgende Nachricht konnte nicht gesendet werden:\n\n  Empfänger: eva@firm.example\n  Betreff:   Lieferavis\n"
            "  Status:    Fehler (0x80004005)\n\nDer Versand wurde nach einem internen Fehler abgebrochen.\n")
    report = system_notice("David Server <david@firm.example>", "Status: Nicht gesendet", body, auto="no")
    assert report.kind == "failed" and [r.address for r in report.recipients] == ["eva@firm.example"]


def test_a_person_whose_message_could_not_be_sent_asks_for_help_and_is_no_report():
    report = persons_mail("Eva <eva@firm.example>", "Frage",
                          "Hallo, meine Nachricht konnte nicht gesendet werden, als ich Ihnen schreiben wollte. Woran liegt das?\n")
    assert report.kind == "not_bounce"


# ---- requests to be taken off the list ---------------------------------------------------------------------------------
@pytest.mark.parametrize("body", [
    "Kein Interesse. Schicken Sie mir bitte keine Mails mehr.\n",
    "Please unsubscribe this address. This is a shared inbox.\n",
    "Kindly unsubscribe me.\n",
    # (and as readers of Central Europe and the Nordics type them, one word or angry)
    "odhlásiť\n",
    "Отпишете ме. Веднага.\n",
    "Avregistrera mig tack.\n\n/Lars\n",
    "wypisz\n",
    "Hvor mange gange skal jeg bede jer om at stoppe? Slet min adresse fra jeres liste. NU.\n",
    "Hei. Lenken virker ikke. Vennligst meld meg av manuelt.\n",
    "PŘESTAŇTE MI POSÍLAT TY SVOJE REKLAMY!!! Nikdy jsem se nepřihlašoval.\n",
    "Poštovani,\n\nmolim vas da je izbrišete iz vaše baze i prestanete da šaljete poruke.\n",
])
def test_a_readers_request_to_stop_is_an_unsubscribe(body):
    report = persons_mail("Eva <eva@firm.example>", "Re: Frühlingsaktion", body)
    assert report.kind == "unsubscribe"


def test_a_question_how_to_unsubscribe_this_address_is_no_request():
    report = persons_mail("Eva <eva@firm.example>", "Re: Frühlingsaktion",
                          "Could you tell me how I unsubscribe this address from the other list we run?\n")
    assert report.kind != "unsubscribe"


# ---- numbers that are not replies -------------------------------------------------------------------------------------
def test_the_last_group_of_a_telephone_number_is_no_reply_code():
    assert find_reply_code("or phone us on 01632 960 555 if it is about a booking") is None
    assert find_reply_code("5.1.1 550 User unknown") == "550"


def test_a_notice_with_a_telephone_number_keeps_its_mailbox_full_reading():
    body = ("Dear sender,\n\nyour message to eva@firm.example could not be delivered because the recipient's mailbox is full.\n"
            "Your message will not be retried. Please phone us on 01632 960 555 if it is about a booking.\n")
    report = system_notice("Guesthouse Mail Gateway <gateway@firm.example>", "Message not delivered - mailbox full", body)
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "mailbox_full")])
    assert report.recipients[0].reply_code is None


# ---- hosting panels: the local program, the list, the karma ------------------------------------------------------------
@pytest.mark.parametrize("words", [
    "/bin/sh: -c: line 1: syntax error: unexpected end of file Unable to forward message due to a mail filter "
    "configuration error. (#5.4.4)",
    "sh: 1: /usr/local/bin/mailsort: not found (#5.4.4)",
])
def test_the_shells_own_error_is_a_local_program_that_failed(words):
    assert decide(status="5.4.4", diagnostic=words, action="failed") == "mailer_error"


def test_a_route_that_was_not_found_stays_host_unknown():
    assert decide(status="5.4.4", diagnostic="Sorry, I couldn't find any host named firm.example. (#5.1.2)",
                  action="failed") == "host_unknown"


def test_a_list_that_could_not_be_expanded_by_its_local_program_is_a_system_error():
    assert decide(status="5.2.4", diagnostic="550 5.2.4 Mailing list expansion problem", diag_type="x-unix",
                  action="failed") == "system_error"


def test_a_local_program_that_failed_otherwise_stays_mailer_error():
    assert decide(status="5.2.4", diagnostic="Command died with status 1", diag_type="x-unix",
                  action="failed") == "mailer_error"


def test_harakas_karma_is_the_senders_reputation():
    assert decide(status="5.7.1", diagnostic="550 5.7.1 [karma] very bad karma score", command="RCPT",
                  action="failed") == "bad_reputation"


# ---- gateways that say why, and a queue that gave up -------------------------------------------------------------------
def test_a_gateway_that_blocked_for_an_attachment_type_names_its_policy():
    words = ("The message you sent to eva@firm.example was blocked by Firm Medical's email protection system because it "
             "contained an attachment type that is not allowed (form.docm).")
    assert decide(status=None, diagnostic=words, action="failed") == "policy_violation"


def test_a_gateway_that_blocked_for_malware_names_the_virus():
    words = "Your message was blocked by the Firm email protection system because it contains malware (Trojan.Agent)."
    assert decide(status=None, diagnostic=words, action="failed") == "virus_detected"


def test_a_message_kept_for_a_server_out_of_reach_until_the_retries_ran_out_expired():
    words = ("retry timeout exceeded The message was held because the recipient's mail server could not be reached for 7 "
             "days (last error: Connection refused by 203.0.113.88).")
    assert decide(status=None, diagnostic=words, action="failed") == "expired"


def test_a_message_held_for_review_is_still_on_hold():
    assert decide(status=None, diagnostic="Your message was held for review by the administrator.",
                  action="failed") == "on_hold"


def test_sendmails_own_conclusion_after_the_transcript_does_not_speak_for_the_remote():
    raw = mail(f"{NULL}From: Mail Delivery Subsystem <MAILER-DAEMON@mail.shop.example>\nTo: <{VERP}>\n"
               "Subject: Returned mail: see transcript for details\nAuto-Submitted: auto-generated (failure)\n",
               "   ----- The following addresses had permanent fatal errors -----\n<eva@firm.example>\n"
               "    (reason: 550 5.7.1 Requested action not taken: message refused)\n\n"
               "   ----- Transcript of session follows -----\n... while talking to mx.firm.example.:\n>>> DATA\n"
               "<<< 550 5.7.1 Requested action not taken: message refused\n554 5.0.0 Service unavailable\n")
    report = classify(raw)
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "security_error")])


# ---- people and their answers ----------------------------------------------------------------------------------------
def test_a_postmasters_answer_that_quotes_the_reply_its_block_gave_is_no_report():
    # (a Japanese desk's letter: "the restriction on mail from 203.0.113.45 you asked about was lifted today at 17:00; while
    # it lasted we answered as follows"; an English one of the same words reads as a person's letter by its greeting already)
    body = ("ショップ株式会社\nメール配信ご担当者様\n\nいつもお世話になっております。\nポストマスター窓口の佐藤です。\n\n"
            "ご依頼いただきました 203.0.113.45 からの受信制限の件、本日17時をもって制限を解除いたしました。\n\n"
            "制限中は以下の応答を返しておりました。\n  550 5.7.1 Mail from 203.0.113.45 refused due to local policy\n\n"
            "今後ともよろしくお願いいたします。\n")
    report = classify(mail("From: Postmaster <postmaster@isp.example>\nTo: postmaster@mail.shop.example\n"
                           f"Subject: Re: delisting request (203.0.113.45)\n{UTF8}", body))
    assert report.kind == "not_bounce"


def test_a_mailer_daemons_report_under_an_answers_subject_is_still_a_report():
    raw = mail("From: MAILER-DAEMON@mx.isp.example\nTo: postmaster@mail.shop.example\nSubject: Re: delisting request\n",
               "Your message could not be delivered.\n\n550 5.7.1 Mail refused due to local policy\n")
    assert classify(raw).kind == "failed"


# ---- recipients: half hidden, in a subject, beside a contact ----------------------------------------------------------
def test_a_recipient_written_half_hidden_is_the_one_the_verp_address_names():
    body = "Il messaggio per g*****a@firm.example non è stato recapitato: casella piena (452 4.2.2).\n"
    report = system_notice("Posta <postmaster@firm.example>", "Messaggio non recapitato", body,
                           to="bounces+giulia=firm.example@mail.shop.example")
    assert [r.address for r in report.recipients] == ["giulia@firm.example"]


def test_a_hidden_recipient_whose_letters_differ_from_the_verp_address_is_left_as_written():
    body = "Il messaggio per m*****o@firm.example non è stato recapitato: casella piena (452 4.2.2).\n"
    report = system_notice("Posta <postmaster@firm.example>", "Messaggio non recapitato", body,
                           to="bounces+giulia=firm.example@mail.shop.example")
    assert [r.address for r in report.recipients] == ["m*****o@firm.example"]


def test_the_recipient_a_reports_subject_names_before_its_cause_is_found():
    raw = mail(f"From: Postmaster <postmaster@school.example>\nTo: bounces@mail.shop.example\n"
               f"Subject: Delivery failure: liam@school.example - user account expired\n{UTF8}",
               "The message you sent could not be delivered because the recipient's account has expired.\n")
    assert [r.address for r in classify(raw).recipients] == ["liam@school.example"]


def test_the_address_a_notice_asks_to_forward_it_to_is_a_contact():
    body = ("您於 2009/03/05 寄給 eva@firm.example 的信件，經垃圾郵件過濾系統判定為廣告垃圾信，已被系統拒收。\n\n"
            "550 5.7.1 Message rejected as spam\n\n若您認為此判定有誤，請將本通知轉寄至 antispam@isp.example。\n")
    report = system_notice("Antispam <antispam-notice@isp.example>", "退信通知", body)
    assert [r.address for r in report.recipients] == ["eva@firm.example"]


# ---- challenges ------------------------------------------------------------------------------------------------------
CHALLENGE = ("Hello,\n\nI'm protecting myself from receiving junk mail. Please click the link below to complete the "
             "verification process. You have to do this only once.\n\n"
             "http://www.mailblocks.example.com/verify?c=7HD3K2Q9XW&a=eva@firm.example\n\n"
             "Your original message has been held and will be delivered as soon as you verify.\n")


def test_a_challenge_names_the_mailbox_it_guards_never_an_address_read_out_of_a_link():
    report = classify(mail(f"{NULL}From: Eva <eva@mailblocks-user.example>\nTo: {VERP}\n"
                           f"Subject: Re: Your message to Eva (please verify)\n{UTF8}", CHALLENGE))
    assert report.kind == "challenge"
    assert [r.address for r in report.recipients] == ["eva@firm.example"]  # (the mailbox our VERP address went to)


# ---- the adversarial round's readings ---------------------------------------------------------------------------------
def test_a_condition_that_the_recipient_may_not_be_present_is_no_unknown_recipient():
    words = ("451 4.3.0 Empfaengerpruefung voruebergehend nicht moeglich. Sollte der Empfaenger in unserem Mailsystem nicht "
             "vorhanden sein, erhalten Sie eine endgueltige Meldung.")
    assert decide(status="4.3.0", diagnostic=words, command="RCPT", action="delayed") != "user_unknown"


def test_our_sender_blocked_by_their_administrator_is_our_sender_refused():
    words = "550 5.7.1 Absender news@mail.shop.example wurde vom Administrator gesperrt (Absenderdomain auf interner Sperrliste)"
    assert decide(status="5.7.1", diagnostic=words, command="RCPT", action="failed") == "rejected"


def test_a_mailbox_switched_off_whose_user_no_longer_exists_under_511_is_gone():
    assert decide(status="5.1.1", diagnostic="550 5.1.1 mailbox uitgeschakeld, gebruiker bestaat niet meer", command="RCPT",
                  action="failed") == "user_unknown"


def test_a_mailbox_said_only_to_be_disabled_under_511_is_suspended():
    assert decide(status="5.1.1", diagnostic="550 5.1.1 mailbox disabled", command="RCPT", action="failed") == "suspended"


def test_a_dutch_sending_services_notice_that_it_did_not_send_to_a_suppressed_address_is_a_failure():
    body = ("Uw bericht \"Lente-aanbiedingen\" is NIET verzonden naar eva@firm.example.\n\nReden: dit adres staat op de "
            "onderdrukkingslijst van uw account.\n")
    report = system_notice("Bezorgservice <system@relay.example>", "Niet verzonden: Lente-aanbiedingen", body)
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "suppressed")])


def test_stop_emailing_this_address_is_an_unsubscribe():
    report = persons_mail("Jim <jim@farm.example>", "Take me off", "Stop emailing this address. I never signed up.\n")
    assert report.kind == "unsubscribe"


def test_a_german_reports_subject_names_its_recipient_before_the_cause():
    raw = mail(f"From: Postmaster <postmaster@versicherung.example>\nTo: bounces@mail.shop.example\n"
               f"Subject: Zustellung fehlgeschlagen: r.otto@versicherung.example - Benutzerkonto deaktiviert\n"
               f"Auto-Submitted: auto-replied\n{UTF8}",
               "Ihre Nachricht wurde nicht zugestellt. Das Benutzerkonto des Empfängers ist deaktiviert.\n")
    report = classify(raw)
    assert kind_and_reasons(report) == ("failed", [("r.otto@versicherung.example", "suspended")])


# ---- the third round: administrators of the English-speaking world, groupware, mailboxes switched off ------------------
def test_unsolicited_bulk_mail_refused_is_still_spam():
    assert decide(status="5.7.1", diagnostic="550 5.7.1 unsolicited bulk email rejected", command="DATA",
                  action="failed") == "spam_detected"


def test_our_domain_refused_under_the_senders_heading_is_our_sender_whatever_rule_follows():
    words = ("553 5.1.8 <bounces+eva=firm.example@mail.shop.example>: Sender address rejected: Domain not found. The Trust only "
             "accepts mail from senders with a resolvable domain.")
    assert decide(status="5.1.8", diagnostic=words, action="failed") == "rejected"


def test_a_person_who_accepts_mail_only_from_known_senders_still_filters():
    assert decide(status="5.7.1", diagnostic="550 5.7.1 This user only accepts mail from people in his address book",
                  command="RCPT", action="failed") == "filtered"


def test_mail_from_our_domain_refused_by_the_site_is_our_sender_refused():
    words = ("550 5.7.1 Mail from your domain mail.shop.example is not accepted on this server. The domain is blacklisted by "
             "the administrator.")
    assert decide(status="5.7.1", diagnostic=words, command="RCPT", action="failed") == "rejected"


def test_the_recipients_own_junk_mail_settings_are_the_persons_filter():
    words = "550 5.7.1 Delivery not authorized, message refused by recipient's junk mail settings"
    assert decide(status="5.7.1", diagnostic=words, command="RCPT", action="failed") == "filtered"


def test_a_new_address_given_in_angle_brackets_is_where_the_address_moved():
    words = ("550 5.1.6 Alumni email forwarding has been discontinued. This graduate has asked us to give their new address: "
             "<jamie@new.example>")
    assert decide(status="5.1.6", diagnostic=words, command="RCPT", action="failed") == "has_moved"


@pytest.mark.parametrize("words", [
    "550 Incoming mail is suspended for this account",
    "550 5.2.1 Dormant account. The user must log in to reactivate the mailbox",
    "550 5.2.1 account temporarily stopped",
    "550 5.2.1 Mailbox cannot receive mail: the account of this user has been blocked by the administrator",
])
def test_a_mailbox_switched_off_for_now_is_suspended(words):
    assert decide(status=None, diagnostic=words, command="RCPT", action="failed") == "suspended"


def test_a_transcripts_answer_to_another_command_is_no_answer_about_the_recipient():
    body = ("The attached message had PERMANENT fatal delivery errors!\n\nThe recipient(s) listed below could not be reached:\n\n"
            "    eva@firm.example\n    projects@firm.example\n\n--- Session Transcript ---\n"
            " Tue 2025-04-29 11:44:58.100: Local delivery to eva@firm.example\n"
            " Tue 2025-04-29 11:44:58.101: *  eva@firm.example is not a valid local mailbox - no such user\n"
            " Tue 2025-04-29 11:44:58.300: Attempting SMTP connection to [nas.firm.example : 25]\n"
            " Tue 2025-04-29 11:44:58.330: --> MAIL From:<bounces@mail.shop.example>\n"
            " Tue 2025-04-29 11:44:58.335: <-- 250 2.1.0 Ok\n"
            " Tue 2025-04-29 11:44:58.336: --> RCPT To:<projects@firm.example>\n"
            " Tue 2025-04-29 11:44:58.340: <-- 554 5.7.1 <projects@firm.example>: Relay access denied\n"
            "--- End Transcript ---\n")
    report = classify(mail(f"From: MDaemon <MDaemon@mail.firm.example>\nTo: bounces@mail.shop.example\n"
                           f"Subject: Permanent Delivery Failure\n{UTF8}", body))
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "user_unknown"),
                                                   ("projects@firm.example", "no_relaying")])


def test_a_servers_alert_that_delivery_may_be_delayed_is_no_report():
    body = ("This is an automated system event notification.\n\nEvent: Disk space low\nFree space: 4.2 GB (3%)\n\n"
            "Message delivery may be delayed or refused if free space drops further.\n")
    report = classify(mail(f"From: Mail System <system@hosting.example>\nTo: postmaster@shop.example\n"
                           f"Subject: Notification: Low disk space\nAuto-Submitted: auto-generated\n{UTF8}", body))
    assert report.kind == "not_bounce"


# ---- the fourth round: the same readings in more languages, and their traps --------------------------------------------
def test_a_recipient_who_takes_no_newsletters_is_not_read_as_the_organisations_rule():
    assert decide(status="5.7.1", diagnostic="550 5.7.1 Der Empfänger nimmt an Privatadressen keine Newsletter an",
                  command="RCPT", action="failed") != "policy_violation"


@pytest.mark.parametrize("words", [
    "550 5.7.1 Geweigerd door de ongewenste-e-mailinstellingen van de ontvanger",
    "550 5.7.1 Abgelehnt durch die Junk-E-Mail-Einstellungen des Empfängers",
    "550 5.7.1 Odbiorca przyjmuje pocztę tylko od znanych nadawców (whitelist)",
])
def test_the_persons_own_settings_in_more_languages_are_filtered(words):
    assert decide(status="5.7.1", diagnostic=words, command="RCPT", action="failed") == "filtered"


def test_our_sender_domain_on_a_sites_black_list_in_portuguese_is_our_sender_refused():
    words = "O domínio do remetente shop.example consta na lista negra deste servidor."
    assert decide(status=None, diagnostic=words, command="RCPT", action="failed") == "rejected"


@pytest.mark.parametrize("words", [
    "550 5.2.1 La recepcion de correo entrante esta suspendida para esta cuenta",
    "550 5.2.1 Casella giulia@firm.example inattiva da oltre 12 mesi: il titolare deve accedere alla webmail per riattivarla",
    "550 5.2.1 La réception du courrier est suspendue pour ce compte",
])
def test_incoming_mail_suspended_in_more_languages_is_suspended(words):
    assert decide(status="5.2.1", diagnostic=words, command="RCPT", action="failed") == "suspended"


def test_a_report_saying_our_sender_domain_is_in_order_leaves_the_recipients_domain_unknown():
    words = ("450 4.1.2 <biuro@firm.example>: Recipient address rejected: Domain not found (After 5 days of retries the message "
             "was returned. Our sender domain mail.shop.example resolves normally.)")
    assert decide(status="4.1.2", diagnostic=words, command="RCPT", action="failed") == "host_unknown"


def test_the_label_of_the_last_answer_is_no_server_error():
    words = ("The reason for the problem: 5.4.7 - Delivery expired (message too old) [Errno 111] Connection refused Last "
             "server error: ('connection error', 'Connection refused')")
    assert decide(status="5.4.7", diagnostic=words, action="failed") == "expired"
    assert decide(status="4.3.0", diagnostic="451 4.3.0 Server error, try again later", action="delayed") == "system_error"


def test_a_japanese_desks_report_of_a_members_spam_complaint_is_a_complaint():
    body = ("So-net 迷惑メール対策窓口です。\n貴社サーバ (198.51.100.23) から送信された下記のメールについて、当社会員より\n"
            "「承諾なく送信されてきた迷惑メールである」との申告がありました。\n\n  申告者アドレス : hidemi@isp.example\n")
    report = persons_mail("Abuse desk <abuse@isp.example>", "[abuse] 迷惑メールに関する申告について", body,
                          to="postmaster@mail.shop.example")
    assert kind_and_reasons(report) == ("complaint", [("hidemi@isp.example", "complaint")])


def test_a_japanese_readers_request_to_be_taken_off_the_list_is_an_unsubscribe():
    report = persons_mail("g.hasegawa@isp.example", "Re: 9月の新商品",
                          "登録した覚えはありません。\n迷惑メールです。二度と送ってこないでください。\nリストから削除してください。\n")
    assert report.kind == "unsubscribe"


# ---- the fifth round: the same readings in Czech, Finnish, Romanian, Turkish, Catalan, Korean and Japanese --------------
@pytest.mark.parametrize("label, address", [
    ("신고자 주소", "seoyeon@portal.example"),
    ("通報者", "tanaka@isp.example"),
])
def test_a_desks_reporter_label_in_korean_and_japanese_names_who_complained(label, address):
    body = ("귀사에서 발송한 아래 메일이 당사 회원에 의해 스팸으로 신고되었습니다.\n\n" if "신고" in label else
            "当社会員より、貴社から送信された下記メールについて迷惑メールとして通報がありました。\n\n") + \
           f"{label}: {address}\n"
    report = persons_mail("Abuse <abuse@isp.example>", "Spam report", body, to="postmaster@mail.shop.example")
    assert kind_and_reasons(report) == ("complaint", [(address, "complaint")])


# ---- the fifth round's Nordic administrators and European gateways ----------------------------------------------------
def test_a_link_a_scanner_found_malicious_stays_a_link_not_an_attachment():
    # (a phishing link is fraud content, not malware carried by the message: the attachment rule does not reach it)
    assert decide(status="5.7.1", diagnostic="550 5.7.1 URL flagged as phishing by the sandbox", command="DATA",
                  action="failed") != "virus_detected"


# ---- the last adversarial round: Slovak, Polish, Romanian, Galician, Dutch, Finnish and Latvian -----------------------
def test_a_product_named_like_a_relay_word_says_nothing_of_relaying():
    assert decide(status="5.1.1", diagnostic="550 5.1.1 Relee Gateway: user does not exist", command="RCPT",
                  action="failed") == "user_unknown"


# ---- the seventh round: administrators' access maps, readers of Central Europe and the Nordics -------------------------
def test_a_reader_asking_whether_to_unsubscribe_by_hand_is_no_request():
    report = persons_mail("Reader <reader@firm.example>", "Re: Sommersalg",
                          "Hei, hvordan melder jeg meg av? Jeg finner ikke lenken.\n")
    assert report.kind != "unsubscribe"


def test_a_reader_asking_to_stop_other_things_being_sent_is_no_request():
    report = persons_mail("Reader <reader@firm.example>", "Re: Faktura",
                          "Dobrý den, přestaňte mi posílat faktury poštou, stačí e-mailem.\n")
    assert report.kind != "unsubscribe"


# ---- each round's readings in the words and languages of its probes -------------------------------------------------
@pytest.mark.parametrize("words, status, reason", [
    ("550 5.7.1 Mestsky urad neprijima hromadnou ani reklamni postu do funkcnich schranek", "5.7.1", "policy_violation"),
    ("554 5.7.1 Seura ottaa hankintaosoitteeseen vastaan viestejä vain rekisteröidyiltä toimittajilta.", "5.7.1",
     "policy_violation"),
    ("550 5.7.1 Destinatarul accepta mesaje numai de la expeditori cunoscuti", "5.7.1", "filtered"),
    ("554 5.7.1 Gonderen alan adi kara listede: mail.shop.example", "5.7.1", "rejected"),
    ("550 5.2.1 La recepció de correu està suspesa per a aquest compte", "5.2.1", "suspended"),
    ("554 5.7.1 Message blocked: attachment flagged as malicious by the sandbox", "5.7.1", "virus_detected"),
    ("550 5.7.1 Mensaje rechazado: contiene un objeto malicioso", "5.7.1", "virus_detected"),
    ("550 5.7.1 Nachricht abgelehnt: schädlicher Anhang erkannt", "5.7.1", "virus_detected"),
    ("450 4.7.1 Graalistet - din server er ukendt for os. Proev igen om 10 minutter.", "4.7.1", "rate_limited"),
    ("451 4.7.1 Grålistad, försök igen senare", "4.7.1", "rate_limited"),
    ("554 5.7.1 Relee keelatud. See server ei edasta kirju teistele domeenidele.", "5.7.1", "no_relaying"),
    ("550 5.1.6 Styrelsen har bytt adress. Skicka i stället till ordforande@new.example", "5.1.6", "has_moved"),
    ("552 5.7.1 El mensaje contiene un archivo adjunto con una extensión no permitida (catalogo.iso)", "5.7.1",
     "policy_violation"),
    ("552 5.7.1 Il messaggio contiene un allegato con estensione non consentita (fattura.js)", "5.7.1", "policy_violation"),
    ("550 5.7.1 Hromadna a reklamna posta nie je v tejto organizacii povolena", "5.7.1", "policy_violation"),
    ("550 Nasza firma nie przyjmuje poczty masowej ani reklamowej (polityka firmy)", None, "policy_violation"),
    ("554 5.7.1 Organizatia noastra nu accepta corespondenta in masa sau publicitara", "5.7.1", "policy_violation"),
    ("550 5.7.1 Recipient accepts mail from known senders only", "5.7.1", "filtered"),
    ("550-Sender domain mail.shop.example is listed in our local domain denylist.", None, "rejected"),
    ("550 5.2.1 A conta do destinatario está suspendida temporalmente", "5.2.1", "suspended"),
    ("554 5.7.1 Schadelijke bijlage gedetecteerd door sandbox", "5.7.1", "virus_detected"),
    ("450 4.7.1 Harmaalistattu - yrita uudelleen myohemmin", "4.7.1", "rate_limited"),
    ("554 5.7.1 Parsutisana liegta", "5.7.1", "no_relaying"),
    ("550 Valitys kielletty: palvelin ei valita postia ulkopuolisille verkkotunnuksille", None, "no_relaying"),
    ("450 4.7.1 <ops@firm.example>: Recipient address rejected: Policy Rejection- Quota exceeded for sender domain "
     "shop.example (200 msgs/hour)", "4.7.1", "rate_limited"),
    ("550 5.7.1 This address does not receive newsletters. Please remove it.", "5.7.1", "policy_violation"),
    ("550 Bulk mail is not delivered to this address", None, "policy_violation"),
    ("550 Massen-E-Mails (Precedence: bulk / List-Unsubscribe) werden an diese Adresse nicht zugestellt", None,
     "policy_violation"),
    ("550 5.7.1 <r@firm.example>: Recipient address rejected: Solo se aceptan correos de clientes registrados.", "5.7.1",
     "policy_violation"),
    ("550 5.7.1 <r@firm.example>: Recipient address rejected: Esta caixa postal nao recebe mensagens de marketing.", "5.7.1",
     "policy_violation"),
    ("554 5.7.1 <r@firm.example>: Recipient address rejected: Dit adres ontvangt geen nieuwsbrieven meer.", "5.7.1",
     "policy_violation"),
])
def test_each_rounds_readings_in_its_words_and_languages(words, status, reason):
    assert decide(status=status, diagnostic=words, command="RCPT", action="failed") == reason
