"""Readings of the forty-seventh session: notices of Latin America's servers (a mailbox "indicated" or "local" that does
not exist, "it was not possible to deliver", a subject's "error in delivering"), a feedback loop's notice told without an
auxiliary verb, and the platforms, gateways and look-alikes of the session's later rounds.

Each case is a wording written for the rule it tests (none copied from a sample): what the words mean decides.
"""
from __future__ import annotations

import pytest

from filter import classify
from filter.core.classifier import decide
from shapes import UTF8, VERP, kind_and_reasons, mail, persons_mail, system_notice


# ---- a mailbox qualified ("the one indicated", "the local one") that does not exist -------------------------------------
@pytest.mark.parametrize("words", [
    "El buzón indicado no existe en este dominio.",
    "Buzón local desconocido: eva@firm.example",
    "Usuario local inexistente",
    "La cuenta especificada no existe.",
    "A caixa postal informada não existe.",
    "Usuário local desconhecido",
])
def test_a_qualified_mailbox_that_does_not_exist_is_user_unknown(words):
    assert decide(status=None, diagnostic=words, action="failed") == "user_unknown"


def test_a_local_domain_unknown_is_no_unknown_mailbox():
    assert decide(status=None, diagnostic="Dominio local desconocido", action="failed") != "user_unknown"


# ---- "it was not possible to deliver" -------------------------------------------------------------------------------
@pytest.mark.parametrize("subject, body", [
    ("Error al entregar su mensaje", "No fue posible entregar su mensaje a eva@firm.example.\n\nSe produjo un error durante el "
                                     "procesamiento. Por favor intente nuevamente.\n"),
    ("Erro ao entregar a mensagem", "Não foi possível entregar a sua mensagem para eva@firm.example.\n\nOcorreu um erro no "
                                    "processamento. Tente novamente mais tarde.\n"),
])
def test_a_notice_that_it_was_not_possible_to_deliver_is_a_failure(subject, body):
    report = system_notice("Sistema de Correo <noreply@firm.example>", subject, body)
    assert report.kind == "failed" and [r.address for r in report.recipients] == ["eva@firm.example"]


def test_a_person_saying_it_was_not_possible_to_deliver_a_parcel_is_no_report():
    report = persons_mail("Carlos <carlos@firm.example>", "RE: su pedido",
                          "Hola, no fue posible entregar el paquete ayer porque no había nadie en casa. ¿Mañana les va bien?\n")
    assert report.kind == "not_bounce"


# ---- a feedback loop's notice without an auxiliary ----------------------------------------------------------------------
FBL = "Cablenet Postmaster FBL <fbl-noreply@cablenet.example>"


def test_a_subscriber_marked_the_following_message_as_spam_is_a_complaint():
    body = ("A Cablenet Internet subscriber marked the following message as spam using\nthe \"This is Spam\" button. Please "
            "remove the subscriber from your list.\n\nReported by: mark@cablenet.example\n\n---------- Original message ----------\n"
            "From: Shop <news@mail.shop.example>\nTo: mark@cablenet.example\nSubject: Weekend deals\n")
    report = persons_mail(FBL, "Spam complaint from Cablenet subscriber", body, to="bounces@mail.shop.example")
    assert kind_and_reasons(report) == ("complaint", [("mark@cablenet.example", "complaint")])


def test_a_condition_about_a_subscriber_marking_mail_as_spam_is_no_complaint():
    body = ("If a subscriber marked the following message as spam, we would forward it to you.\nNo complaint was received this "
            "week.\n")
    report = persons_mail(FBL, "Spam complaint summary", body, to="bounces@mail.shop.example")
    assert report.kind != "complaint"


# ---- the recipient's own rule; a forwarding service's daily count ------------------------------------------------------
@pytest.mark.parametrize("words", [
    "550 5.7.1 Message rejected: the recipient has configured a spam rule to reject mail from this sender",
    "550 5.7.1 The user has set up a filter that bounces messages from your address",
    "550 5.7.1 The mailbox owner has created a rule to refuse mail from this domain",
])
def test_a_rule_the_recipient_set_is_the_persons_filter(words):
    assert decide(status="5.7.1", diagnostic=words, action="failed") == "filtered"


def test_our_own_administrators_rule_is_no_persons_filter():
    words = "550 5.7.1 Message rejected by a transport rule configured by the administrators of this organisation"
    assert decide(status="5.7.1", diagnostic=words, action="failed") != "filtered"


@pytest.mark.parametrize("words", [
    "421 4.7.0 paperkite.example has reached its daily forwarding limit, try again later",
    "451 4.7.0 Monthly forwarding quota of this domain used up, retry tomorrow",
])
def test_a_forwarding_services_count_is_a_rate(words):
    assert decide(status="4.7.0", diagnostic=words, action="delayed") == "rate_limited"


# ---- Microsoft's guesses under its 5.7.1 summary ----------------------------------------------------------------------
MS_GUESSES = ("Your message wasn't delivered due to a permission or security issue. It may have been rejected by a moderator, "
              "the address may only accept email from certain senders, or another restriction may be preventing delivery.")


def test_microsofts_guesses_beside_a_transport_rule_leave_the_rule_to_decide():
    words = f"550 5.7.1 Delivery not authorized, message refused. TRANSPORT.RULES.RejectMessage; {MS_GUESSES}"
    assert decide(status="5.7.1", diagnostic=words, action="failed") == "policy_violation"


def test_an_address_that_only_accepts_certain_senders_said_as_a_fact_stays_the_recipients_filter():
    words = "550 5.7.1 This address only accepts mail from senders in its contact list"
    assert decide(status="5.7.1", diagnostic=words, action="failed") == "filtered"


# ---- acknowledgements and requests ------------------------------------------------------------------------------------
def test_a_service_desks_german_receipt_naming_its_request_key_is_an_auto_reply():
    body = ("Antworten Sie oberhalb dieser Zeile.\n\nVielen Dank, wir haben Ihre Anfrage SD-3391 erhalten. Unser Team meldet "
            "sich in Kürze.\n\nAnfrage anzeigen: https://desk.firm.example/portal/2/SD-3391\n")
    report = system_notice("Servicedesk <servicedesk@firm.example>", "[JIRA] (SD-3391) Your invitation", body)
    # (the answer is for the address our message went to, the one the VERP address names)
    assert kind_and_reasons(report) == ("auto_reply", [("eva@firm.example", "auto_reply")])


@pytest.mark.parametrize("body", [
    "Your unsubscribe link gives a 404. Take me off every list, please. Fourth time asking.\n",
    "Remove me from all your lists.\n",
])
def test_a_request_to_leave_every_list_is_an_unsubscribe(body):
    report = persons_mail("Tom Moss <tom@firm.example>", "unsubscribe", body)
    assert kind_and_reasons(report) == ("unsubscribe", [("tom@firm.example", "unsubscribe")])


# ---- older Windows servers' words --------------------------------------------------------------------------------------
@pytest.mark.parametrize("words, reason", [
    ("550 Relay Request Denied", "no_relaying"),
    ("550 Relay attempt rejected", "no_relaying"),
    ("Error Type: SMTP Error Description: No mailbox exists Additional information: The recipient account could not be found.",
     "user_unknown"),
    ("Error: Could not find MX or A record for host firm.example. Message has been in the queue for 5 days.", "host_unknown"),
    ("Attempting SMTP connection to [192.0.2.140 : 25] Waiting for socket connection... Timeout waiting for socket connection "
     "(30 seconds) Socket connection failed", "network_error"),
    ("La cassetta postale del destinatario è disattivata.", "suspended"),
    ("La cassetta postale del destinatario non esiste.", "user_unknown"),
])
def test_windows_servers_words(words, reason):
    assert decide(status=None, diagnostic=words, action="failed") == reason


def test_no_mailbox_for_our_sender_is_no_unknown_recipient():
    words = "550 Sender verify failed: no mailbox exists for the sender address"
    assert decide(status=None, diagnostic=words, action="failed") != "user_unknown"


# ---- a two-way heading, a message id called MID, a recipient named by the subject -----------------------------------
def test_a_two_way_heading_with_the_recipient_unknown_after_it_is_user_unknown():
    words = "550 Mailbox unavailable or access denied. The recipient is not registered on this system."
    assert decide(status=None, diagnostic=words, action="failed") == "user_unknown"
    # (the heading alone keeps its provider's reading: Tencent's burst of mail to the recipient)
    assert decide(status=None, diagnostic="550 Mailbox unavailable or access denied", action="failed") == "rate_limited"


def test_a_message_id_called_mid_is_no_recipient():
    body = ("Votre message n'a pas pu être remis au destinataire suivant :\n\n    Destinataire : <eva@firm.example>\n\n"
            "Raison : l'adresse n'existe pas sur ce serveur (550 5.1.1 utilisateur inconnu).\n\nPour toute question, écrivez à "
            "postmaster@firm.example en\nindiquant la référence MID <3f4e.cda@mail.shop.example>.\n")
    report = system_notice("Service de messagerie <postmaster@firm.example>", "Message non remis : Offres", body)
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "user_unknown")])


def test_the_recipient_named_by_the_subject_after_for():
    body = ("The message you sent could not be delivered. The recipient's mailbox is\ncurrently unavailable because the account "
            "has been deactivated.\n")
    report = system_notice("Mail Delivery <mail-noreply@firm.example>", "Delivery failure for eva@firm.example", body,
                           to="bounces@mail.shop.example")
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "suspended")])


# ---- the site's own filter failed; a rate past its limit ------------------------------------------------------------
@pytest.mark.parametrize("words", [
    "451 4.3.0 Temporary failure in spam filter (spamd: connection refused); please try again later",
    "451 4.3.0 Temporary error in the virus scanner, try again later",
])
def test_a_failure_of_the_sites_own_filter_is_its_system_error(words):
    assert decide(status="4.3.0", diagnostic=words, action="delayed") == "system_error"


def test_a_spam_filters_verdict_stays_spam():
    words = "550 5.7.1 Message rejected by spam filter: score 14.2 over 5.0"
    assert decide(status="5.7.1", diagnostic=words, action="failed") == "spam_detected"


def test_a_submission_rate_past_its_limit_is_a_rate():
    words = "421 4.4.2 Message submission rate for this client has exceeded the configured limit"
    assert decide(status="4.4.2", diagnostic=words, action="delayed") == "rate_limited"


# ---- the session's first adversarial round ----------------------------------------------------------------------------
def test_a_filter_the_recipient_set_in_german_is_the_persons_filter():
    words = "Der Empfänger hat in seinem Postfach einen Filter eingerichtet, der Nachrichten dieses Absenders abweist."
    assert decide(status=None, diagnostic=words, action="failed") == "filtered"


def test_a_forwarding_services_daily_count_in_spanish_is_a_rate():
    assert decide(status="4.7.0", diagnostic="421 4.7.0 Límite diario de reenvío alcanzado para esta cuenta",
                  action="delayed") == "rate_limited"


def test_the_two_way_heading_before_a_block_of_our_ip_is_the_block():
    words = ("550 Mailbox unavailable or access denied: connection IP 198.51.100.23 is in our blacklist, see "
             "https://help.mail.example/detail/0/153")
    assert decide(status=None, diagnostic=words, action="failed") == "blocked"
    # (a link after the heading is no cause of its own)
    words = "550 Mailbox unavailable or access denied. http://help.mail.example/cgi-bin/help?subtype=1&&id=20022"
    assert decide(status=None, diagnostic=words, action="failed") == "rate_limited"


def test_the_original_named_by_its_id_after_a_colon_is_no_recipient():
    body = ("Your message could not be delivered.\n\nThe mailbox of the addressee has exceeded its storage quota (5.2.2).\n\n"
            "Original message: <wk13.40771@mail.shop.example>, subject \"Spring sale\"\n")
    report = system_notice("Mail Administrator <postmaster@firm.example>", "Delivery failure for eva@firm.example", body,
                           to="bounces@mail.shop.example")
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "mailbox_full")])


@pytest.mark.parametrize("body", [
    "I've now set up a filter for your mail, since the link gives a 404. Take me off\nyour list for good, please.\n",
    "Bitte tragen Sie mich aus sämtlichen Verteilern aus. Ich möchte keine\nweiteren Zusendungen erhalten.\n",
])
def test_requests_to_leave_your_list_or_every_list(body):
    report = persons_mail("Gwen Haddad <gwen@firm.example>", "Re: Weekend sale", body)
    assert kind_and_reasons(report) == ("unsubscribe", [("gwen@firm.example", "unsubscribe")])


def test_a_question_about_a_list_of_suppliers_is_no_request():
    report = persons_mail("Gwen Haddad <gwen@firm.example>", "Re: Weekend sale",
                          "Could you take me off your list of suppliers to call, and keep sending the newsletter?\n")
    assert report.kind != "unsubscribe"


# ---- absence notes and desks' receipts without RFC 3834's headers --------------------------------------------------
@pytest.mark.parametrize("sender, subject, body", [
    ("Dana <dana@firm.example>", "Studio closed until June 9",
     "Hi there! Thanks for your email.\n\nI'm away at the Hastings craft fair and then taking a few days off, so the\nstudio is "
     "closed until Monday June 9. I'll reply to everything when I'm back.\n\nDana\n"),
    ("Lucía <lucia@firm.example>", "Re: Rebajas de verano",
     "Hola:\nEstoy de vacaciones hasta el 25 de agosto, sin acceso al correo.\nContestaré a la vuelta. ¡Gracias!\nLucía\n"),
    ("Henk <henk@firm.example>", "Re: Fietsaccessoires",
     "Beste afzender,\n\nIk ben met ouderschapsverlof tot 1 oktober en lees deze mailbox maar af\nen toe. Ik kom er na mijn "
     "verlof op terug.\n\nGroet,\nHenk\n"),
    ("Operations <ops@firm.example>", "Re: B2B-prijslijst",
     "Wij zijn afwezig tot en met 18 augustus (bedrijfsvakantie).\n\nWe are out of the office until 18 August (company "
     "holiday).\nMessages will be handled after we return.\n"),
    ("Marc <marc@firm.example>", "Re: Your weekend picks", "Travelling with limited email until the 14th. I'll get back to "
                                                           "you then.\n-- Marc\n"),
    ("Priya <priya@firm.example>", "RE: Back-to-school bundles",
     "Hello,\n\nI'm on maternity leave until January 2026 and won't be checking this\ninbox regularly. Thanks for your "
     "patience!\n\nPriya\n"),
])
def test_absence_notes_without_automatic_headers_are_auto_replies(sender, subject, body):
    assert persons_mail(sender, subject, body, to=VERP).kind == "auto_reply"


def test_a_person_writing_that_they_were_away_is_no_auto_reply():
    body = ("Hi, sorry for the late answer - I was away at the fair last week. Could you send me the price list for the blue "
            "vases again? I'd like to order twenty.\n\nDana\n")
    assert persons_mail("Dana <dana@firm.example>", "Re: Studio offers", body, to=VERP).kind == "not_bounce"


@pytest.mark.parametrize("sender, subject, body", [
    ("Kundendienst <hilfe@firm.example>", "Ticket erhalten - Sommer-Sale",
     "Vielen Dank für Ihre Nachricht. Wir haben Ihre Anfrage erhalten und ein Ticket\n(#20417) angelegt.\n"),
    ("IT Service Desk <itservicedesk@firm.example>", "Incident INC0748812 has been opened on your behalf",
     "Your incident has been opened. Reference: INC0748812\nYou can view the status of your incident in the portal.\n"),
    ("Assistenza <assistenza@firm.example>", "Richiesta ricevuta: Caschi e luci -30%",
     "##- Digitare la risposta sopra questa riga -##\n\nLa sua richiesta (#7741) è stata ricevuta ed è in fase di revisione.\n"),
])
def test_desks_receipts_without_automatic_headers_are_auto_replies(sender, subject, body):
    assert persons_mail(sender, subject, body, to=VERP).kind == "auto_reply"


def test_a_desks_receipt_naming_the_subject_in_quotes_is_an_auto_reply():
    body = ("Sehr geehrte Damen und Herren,\n\nIhre E-Mail mit dem Betreff \"Neue Notebooks im Angebot\" ist bei uns\neingegangen "
            "und wird unter der Ticketnummer [Ticket#2025071510000187]\nbearbeitet.\n")
    report = persons_mail("Service <service@firm.example>", "[Ticket#2025071510000187] RE: Neue Notebooks", body, to=VERP,
                          extra="Auto-Submitted: auto-generated\n")
    assert report.kind == "auto_reply"
    # (the same words from a mailbox that marks nothing automatic stay that mailbox's mail, test_gateways_and_lookalikes.py)
    assert persons_mail("Service <service@firm.example>", "[Ticket#2025071510000187] RE: Neue Notebooks", body,
                        to=VERP).kind == "not_bounce"


def test_an_agents_answer_under_the_tickets_number_is_no_receipt():
    body = ("Hello,\n\nthanks for the offer. We compared it with our current supplier and will not order this quarter. Please "
            "call me next spring.\n\nKind regards,\nMark (Service Desk)\n")
    assert persons_mail("Mark <servicedesk@firm.example>", "RE: [Ticket#2025071510000187] Neue Notebooks", body,
                        to=VERP).kind != "auto_reply"


# ---- the second adversarial round and the later probes --------------------------------------------------------------
@pytest.mark.parametrize("words, status, reason", [
    ("554 5.7.0 Rejected: this client has sent more messages in the last hour than our policy allows (policyd-rate 500/3600)",
     "5.7.0", "rate_limited"),
    ("421 4.7.0 Superato il numero massimo di messaggi consentiti per questo client nell'intervallo di tempo configurato",
     "4.7.0", "rate_limited"),
    ("550 5.7.1 Le destinataire a configuré un filtre de messagerie qui refuse les messages provenant de votre adresse.",
     "5.7.1", "filtered"),
    ("550 5.7.1 Il destinatario ha impostato una regola che rifiuta i messaggi di questo mittente.", "5.7.1", "filtered"),
    ("550 Mailbox unavailable or access denied [MJfrpmtl3QzH8cHNfS1Fh2yq0nBwZy8=] : connection IP 198.51.100.27 has been "
     "listed in our blacklist", None, "blocked"),
    ("550 Mailbox unavailable or access denied [MI9fWnq0vXJk2/Qz+1r7Pw==] : this mailbox does not exist", None, "user_unknown"),
    ("554 5.7.1 <x@firm.example>: Recipient address rejected: Samo interni posiljatelji / internal senders only", "5.7.1",
     "policy_violation"),
    ("550 5.7.1 Unfortunately, messages from (203.0.113.45) on behalf of (shop.example) could not be delivered due to domain "
     "owner policy restrictions.", "5.7.1", "auth_failure"),
    ("550 5.7.1 Message refused by recipient policy: commercial bulk mail is not accepted at this organisation", "5.7.1",
     "policy_violation"),
])
def test_the_later_rounds_words(words, status, reason):
    assert decide(status=status, diagnostic=words, action="failed") == reason


@pytest.mark.parametrize("words, status", [
    ("421 4.7.0 Temporarily deferred: message scanning service (Cloudmark) unavailable, try again later", "4.7.0"),
    ("451 4.3.0 DSPAM: unable to open storage driver (hash_drv), try again later", "4.3.0"),
    ("451 4.7.1 Sistema antispam temporaneamente non disponibile, riprovare piu tardi", "4.7.1"),
    ("451 4.4.2 Delai depasse lors de l'analyse antispam (Vade), veuillez reessayer plus tard", "4.4.2"),
    ("451 4.7.1 Virenscanner vorübergehend nicht verfügbar, bitte später erneut versuchen", "4.7.1"),
])
def test_the_sites_own_filter_failing_for_now_is_its_system_error(words, status):
    assert decide(status=status, diagnostic=words, action="delayed") == "system_error"


@pytest.mark.parametrize("words, reason", [
    ("554 5.7.1 Rejected by rspamd: score 23.10 / 15.00 [BAYES_SPAM(5.10)]", "spam_detected"),
    ("550 5.7.1 Message content rejected: contains link to domain click.shop.example listed in dbl.spamhaus.org",
     "spam_detected"),
    ("The message you sent was blocked by the email content security gateway of Firm Council. Reason: the message triggered "
     "the rule \"Spam - Block Spam Censor score 85+\"", "spam_detected"),
])
def test_spam_verdicts_by_filters_and_links(words, reason):
    assert decide(status=None, diagnostic=words, action="failed") == reason


def test_a_postmasters_failure_notice_with_spam_words_is_no_complaint():
    body = ("Diese Nachricht wurde automatisch erstellt.\n\nIhre Nachricht an eva@firm.example konnte nicht zugestellt werden.\n\n"
            "Grund: Der Spamfilter unseres Mailservers hat die Nachricht als unerwünschte\nWerbung (Spam) eingestuft und "
            "abgewiesen.\n\nFehlercode: 554 5.7.1 Message rejected as spam (score 11.8)\n")
    report = system_notice("Mailserver <postmaster@firm.example>", "Unzustellbar: Frühlingsangebote", body)
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "spam_detected")])


def test_a_german_absence_note_wrapped_inside_its_sentence():
    body = ("Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Nachricht. Ich bin bis einschließlich 11.04.2025 nicht\n"
            "im Büro und habe nur eingeschränkten Zugriff auf meine E-Mails. Nach meiner\nRückkehr werde ich mich umgehend bei "
            "Ihnen melden.\n\nMit freundlichen Grüßen\nFrank Kessler\n")
    assert persons_mail("Frank Kessler <frank@firm.example>", "AW: Neu im Shop", body, to=VERP).kind == "auto_reply"


# ---- the third adversarial round -------------------------------------------------------------------------------------
@pytest.mark.parametrize("words, status", [
    ("451 4.7.1 Verificação anti-spam temporariamente indisponível, tente novamente mais tarde", "4.7.1"),
    ("451 4.7.1 Filtro antispam temporalmente no disponible, inténtelo más tarde", "4.7.1"),
    ("450 4.7.1 Spamfilter tijdelijk niet bereikbaar, probeer het later opnieuw", "4.7.1"),
])
def test_the_sites_own_filter_failing_in_more_languages(words, status):
    assert decide(status=status, diagnostic=words, action="delayed") == "system_error"


def test_a_filter_that_worked_stays_its_verdict_with_a_temporary_code():
    words = "451 4.7.1 Spam message deferred: spam filter scored 14.2, try again later"
    assert decide(status="4.7.1", diagnostic=words, action="delayed") == "spam_detected"


def test_a_body_that_references_a_listed_hostname_is_spam():
    words = ("554 5.7.1 Message body references a hostname (go.shop-links.example) that appears on the Spamhaus Domain "
             "Blocklist; message not accepted")
    assert decide(status="5.7.1", diagnostic=words, action="failed") == "spam_detected"


def test_a_desks_complaint_about_the_message_quoted_below():
    body = ("Hello,\n\nOne of our customers (mark@cablenet.example) has reported the message quoted below\nas unsolicited bulk "
            "email. Please remove this address from all of your mailing lists.\n\nRegards,\nCablenet Abuse Team\n")
    report = persons_mail("Cablenet Abuse Team <abuse@cablenet.example>", "[Cablenet Abuse #A-558213] Unsolicited email "
                          "reported by our customer", body, to="bounces@mail.shop.example")
    assert kind_and_reasons(report) == ("complaint", [("mark@cablenet.example", "complaint")])


def test_the_verp_address_a_notice_greets_names_the_recipient_it_encodes():
    body = ("Hello bounces+eva=firm.example@mail.shop.example,\n\nWe're writing to let you know that the group you tried to "
            "contact (eva) may not exist, or you may not have permission to post messages to the group.\n")
    report = classify(mail(f"From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nTo: {VERP}\n"
                           f"Subject: Delivery Status Notification (Failure)\nAuto-Submitted: auto-replied\n{UTF8}", body))
    assert [r.address for r in report.recipients] == ["eva@firm.example"]


def test_a_report_whose_to_names_no_address_is_read_all_the_same():
    # (the VERP check above reads the report's To: one that names no valid address leaves the records as they are)
    body = ("This is the mail system at host mx.firm.example.\n\nI'm sorry to have to inform you that your message could not\n"
            "be delivered to one or more recipients.\n\n<eva@firm.example>: host mx.firm.example[192.0.2.10] said: 550 5.1.1 "
            "<eva@firm.example>: Recipient address rejected: User unknown (in reply to RCPT TO command)\n")
    for to in ("To: undisclosed-recipients:;\n", ""):
        report = classify(mail(f"From: MAILER-DAEMON@mx.firm.example\n{to}Subject: Undelivered Mail Returned to Sender\n{UTF8}",
                               body))
        assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "user_unknown")])


@pytest.mark.parametrize("words", [
    "550 5.7.1 <news@mail.shop.example>: Sender address rejected: account shop-prod is suspended for exceeding the number of "
    "messages permitted",
    "550 5.7.1 <news@mail.shop.example>: Sender address rejected: Account disabled",
])
def test_a_suspended_account_under_postfixs_sender_heading_is_ours(words):
    # (Postfix words every refusal at MAIL FROM "<sender>: Sender address rejected: <text>", smtpd_check.c: the account is ours)
    assert decide(status="5.7.1", diagnostic=words, action="failed") == "rejected"
    assert decide(status="5.7.1", diagnostic=words.replace("Sender address", "Recipient address"), action="failed") == "suspended"
