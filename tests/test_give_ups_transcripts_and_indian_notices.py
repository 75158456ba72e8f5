"""Readings of the forty-sixth session: notices of South Asia's offices and readers (a "mail ID" deleted, an employee
"separated from the organisation", removal requests in five more Indian languages, petitions acknowledged), give-ups and
mail loops in more languages, our side's limits (a session limit, a sending quota, a 5xx throttle) beside PowerMTA's coarse
category, the site's users' complaints counted, the recipient's own lists and settings, desks' complaints and
acknowledgements in their words and fields, hosting panels, groups' holds, the bulk senders' rules of 2024, sending
platforms' own lists, and what is no report of ours: a Postfix transcript with no refusal in it, a person's own forward that
failed, a postmaster desk's receipt of a delisting request, a gateway's digest of mail held for the reader.

Each case is a wording written for the rule it tests (none copied from a sample): what the words mean decides.
"""
from __future__ import annotations

import pytest

from filter import classify
from filter.core.classifier import decide
from shapes import UTF8, VERP, kind_and_reasons, mail, persons_mail, pmta_dsn, system_notice

AUTO = "Auto-Submitted: auto-generated\n"


# ---- an address deleted, a person gone, in Indian English -----------------------------------------------------------
@pytest.mark.parametrize("words", [
    "his mail ID eva@firm.example has been deleted from our server",
    "The email ID eva@firm.example was permanently deleted.",
    "Ms. Eva Rao has separated from the organisation.",
    "The employee had separated from the company in March.",
])
def test_a_mail_id_deleted_or_a_person_separated_is_gone(words):
    assert decide(status=None, diagnostic=words, action="failed") == "user_unknown"


def test_an_it_desk_notice_that_an_employee_separated_and_the_id_was_deleted():
    body = ("Dear Sender,\n\nThis is to inform you that Ms. Eva Rao has separated from the organisation and her mail ID "
            "eva@firm.example has been deleted from our server. Your mail has not been delivered to anyone.\n\n"
            "Regards,\nIT Helpdesk\n")
    report = system_notice("IT Helpdesk <it.helpdesk@firm.example>", "Mail not delivered - employee separated", body,
                           auto="auto-replied")
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "user_unknown")])


@pytest.mark.parametrize("words", [
    # (a list or group the ID was taken off is no account deleted)
    "Your mail ID has been removed from the newsletter list.",
    "We have separated the attachments from the message.",
])
def test_an_id_off_a_list_or_things_separated_are_not_a_person_gone(words):
    assert decide(status=None, diagnostic=words, action="failed") != "user_unknown"


# ---- abuse desks' complaints in plain text ----------------------------------------------------------------------------
DESK = "Abuse Desk <abuse@mailhost.example>"


@pytest.mark.parametrize("sender, body, complainant", [
    (DESK, "One of our users (ravi.k@mailhost.example) has marked the following message sent from your server as SPAM. "
           "Please remove this user from your mailing list.\n", "ravi.k@mailhost.example"),
    # German, the message described between the article and the noun, from the desk's German name
    ("Missbrauchsabteilung <missbrauch@mailhost.example>",
     "einer unserer Kunden (j.becker@mailhost.example) hat die folgende, von Ihrem Mailserver versandte Nachricht als SPAM "
     "markiert. Bitte tragen Sie die Adresse aus Ihrem Verteiler aus.\n", "j.becker@mailhost.example"),
    # Portuguese, the verb first
    ("Missbrauchsabteilung <missbrauch@mailhost.example>",
     "Um de nossos usuarios (j.becker@mailhost.example) marcou como SPAM a mensagem abaixo, enviada a partir do seu servidor.\n",
     "j.becker@mailhost.example"),
    # the passive, the complainant in the quoted original's To or in a field of its own
    ("Abuso <abuso@correo.example>",
     "El siguiente mensaje, enviado desde su servidor de correo 192.0.2.25, ha sido\ndenunciado como SPAM por uno de nuestros "
     "clientes.\n\n---------- Mensaje denunciado ----------\nFrom: Tienda <news@mail.shop.example>\nTo: carmen@correo.example\n"
     "Subject: Ofertas\n", "carmen@correo.example"),
    (DESK, "il messaggio allegato, proveniente dai vostri server, è stato segnalato come SPAM da uno dei nostri clienti.\n\n"
           "Reported recipient: mark@cablenet.example\n", "mark@cablenet.example"),
    (DESK, "die unten aufgeführte E-Mail wurde von einem unserer Kunden als Spam gemeldet.\n\n"
           "Reported recipient: mark@cablenet.example\n", "mark@cablenet.example"),
    (DESK, "The message below was reported as unsolicited by a subscriber of our\nservice.\n\n"
           "Reported recipient: mark@cablenet.example\n", "mark@cablenet.example"),
    (DESK, "Le message joint a été signalé comme indésirable par un de nos abonnés.\n\nAbonné ayant signalé : sylvie@fai.example\n",
     "sylvie@fai.example"),
    (DESK, "un nostro utente ha indicato come posta indesiderata il messaggio riportato di\nseguito.\n\n"
           "Indirizzo dell'utente che ha effettuato la segnalazione: sylvie@fai.example\n", "sylvie@fai.example"),
    (DESK, "A member has told us that the message quoted below was unsolicited\ncommercial email.\n\n"
           "   Complaining member ........ sylvie@fai.example\n", "sylvie@fai.example"),
])
def test_desks_complaints_in_their_words_and_fields(sender, body, complainant):
    report = persons_mail(sender, "Spam complaint regarding mail from mail.shop.example", body, to="postmaster@mail.shop.example")
    assert kind_and_reasons(report) == ("complaint", [(complainant, "complaint")])


def test_a_condition_about_marking_mail_as_spam_is_no_complaint():
    # (the desk's advice to its customers: "if you have marked ... as spam", a condition, no report)
    body = ("Tip of the week: if you have marked a message as spam by mistake, open your Spam folder and choose 'Not spam'.\n")
    report = persons_mail("Mailhost Tips <tips@mailhost.example>", "Tips for your mailbox", body)
    assert report.kind == "not_bounce"


# ---- readers' requests in more Indian languages; the subject's request said again --------------------------------------
@pytest.mark.parametrize("text", [
    "મહેરબાની કરીને મને આ યાદીમાંથી દૂર કરો.",                # Gujarati: please take me off this list
    "దయచేసి నన్ను ఈ జాబితా నుండి తొలగించండి.",               # Telugu: the same
    "ದಯವಿಟ್ಟು ನನ್ನನ್ನು ಈ ಪಟ್ಟಿಯಿಂದ ತೆಗೆದುಹಾಕಿ.",             # Kannada: the same
    "ദയവായി എന്നെ ഈ ലിസ്റ്റിൽ നിന്ന് നീക്കം ചെയ്യുക.",       # Malayalam: the same
    "ਕਿਰਪਾ ਕਰਕੇ ਮੈਨੂੰ ਇਸ ਸੂਚੀ ਵਿੱਚੋਂ ਹਟਾ ਦਿਓ.",               # Punjabi: the same
    "ਮੈਨੂੰ ਈਮੇਲ ਨਾ ਭੇਜੋ.",                                      # Punjabi: do not send me e-mail
    "నాకు ఇమెయిల్స్ పంపవద్దు.",                                # Telugu: the same
])
def test_readers_ask_to_be_removed_in_more_indian_languages(text):
    report = persons_mail("Reader <reader@mailhost.example>", "Re: Festive offers", text)
    assert report.kind == "unsubscribe"


@pytest.mark.parametrize("body", [
    "unsubscribe please. I am closing this account at the end of the month so don't bother sending anything here anymore.\n",
    "Unsubscribe me please. We closed the shop in March and the stock was sold.\n",
])
def test_the_subjects_request_said_again_before_other_sentences(body):
    report = persons_mail("Betty Kline <betty@mailhost.example>", "unsubscribe", body)
    assert report.kind == "unsubscribe"


def test_a_question_about_unsubscribing_under_that_subject_is_no_request_of_the_first_clause():
    # (the text does not open with the request: "Unsubscribe" as the subject of a question to the shop)
    body = "Hello, your unsubscribe link gives an error page. Could you check it? I still want the newsletter.\n"
    report = persons_mail("Betty Kline <betty@mailhost.example>", "unsubscribe", body)
    assert report.kind == "not_bounce"


# ---- acknowledgements of offices and desks ---------------------------------------------------------------------------
@pytest.mark.parametrize("subject, body, extra", [
    # Indian offices: a petition's number, or the notice called automatic, then the word for an acknowledgement
    ("மனு பதிவு எண் CMC/2026/884120 - ஒப்புகை",
     "அன்புடையீர்,\n\nதங்களது மனு பெறப்பட்டு CMC/2026/884120 என்ற எண்ணில் பதிவு செய்யப்பட்டுள்ளது.\n", AUTO),
    ("शिकायत संख्या 2026/114 - पावती", "महोदय,\n\nआपकी शिकायत प्राप्त हो गई है और संख्या 2026/114 पर दर्ज की गई है।\n", AUTO),
    ("स्वतः सूचना: ई-मेल प्राप्ति की पावती", "आपका ई-मेल इस कार्यालय में प्राप्त हो गया है और संबंधित अनुभाग को भेज दिया गया है।\n", AUTO),
    ("अर्ज क्र. 3321907 - पोचपावती", "आपला अर्ज प्राप्त झाला आहे. हा संगणकीय संदेश आहे, उत्तर देऊ नका.\n", AUTO),
    # help desks' receipts
    ("FIN-2291 Invoice INV-2025-04-1240", "Thanks for contacting the Finance Desk. We've created request FIN-2291\nfor you.\n", AUTO),
    ("Recebemos sua mensagem – Protocolo 2025050300417",
     "Olá,\n\nEsta é uma resposta automática. Recebemos sua mensagem e ela foi registrada\nsob o protocolo 2025050300417.\n", ""),
    ("[Ticket #DZ-2025-0418873] Votre demande a été enregistrée",
     "Bonjour,\n\nNous accusons réception de votre demande. Elle a été enregistrée sous le\nnuméro DZ-2025-0418873.\n", AUTO),
    ("تم استلام طلبك رقم 4471902", "عزيزي المستفيد، تم استلام طلبك برقم 4471902 وسيتم الرد عليه خلال 3 أيام عمل.\n", AUTO),
    # offices and shared mailboxes
    ("Potwierdzenie otrzymania wiadomości", "Szanowni Państwo,\npotwierdzamy otrzymanie wiadomości przesłanej na adres "
     "kancelaria@office.example.\nWiadomość wygenerowana automatycznie - prosimy na nią nie odpowiadać.\n", AUTO),
    ("Olemme vastaanottaneet viestisi [Tiketti #88120]", "Hei,\n\nkiitos viestistäsi. Olemme vastaanottaneet sen ja vastaamme 3 "
     "arkipäivän kuluessa.\n\nTämä on automaattinen viesti.\n", ""),
    ("Tack för ditt mejl", "Hej!\n\nTack för ditt mejl till kommunen. Vi har tagit emot det och diarieför det vid behov.\n\n"
     "Detta är ett automatiskt svar.\n", AUTO),
    ("Thanks for getting in touch!", "Hi there,\n\nThis is just a quick note to let you know we've received your message. We "
     "reply to everyone within 2 working days.\n", "Precedence: bulk\n"),
])
def test_acknowledgements_of_offices_and_desks(subject, body, extra):
    report = persons_mail("Office <office@office.example>", subject, body, extra=extra)
    assert report.kind == "auto_reply"


# ---- give-ups and loops in more languages -----------------------------------------------------------------------------
@pytest.mark.parametrize("words", [
    "Alıcı sunucu 4 gün boyunca yanıt vermedi; teslim süresi doldu ve ileti yeniden denenmeyecek.",
    "状態: 配送期限切れ 5日間にわたり再送を繰り返しましたが、配送を打ち切りました。",
    "このメールは今後再送されません。",
    "对方服务器长时间无响应，邮件已超过投递期限（5天），系统放弃投递。",
    "該郵件不會再重試。",
    "Ο χρόνος παράδοσης έληξε: το μήνυμα παρέμεινε στην ουρά για 5 ημέρες.",
    "Δεν θα γίνουν άλλες προσπάθειες παράδοσης.",
    # chasquid's give-up
    "failed repeatedly and timed out, last error: 421 4.3.2 mx.firm.example Service not available",
])
def test_give_ups_in_more_words_are_expired(words):
    assert decide(status=None, diagnostic=words, action="failed") == "expired"


@pytest.mark.parametrize("words", [
    'Te veel "Received"-kopregels - vermoedelijk een mail-lus',
    "Wykryto pętlę pocztową: wiadomość przeszła przez ten serwer zbyt wiele razy.",
    "Обнаружена почтовая петля: слишком много заголовков Received.",
    "メールループを検出しました。",
    "检测到邮件循环，邮件已被退回。",
])
def test_mail_loops_in_more_languages_are_the_receiving_sides_error(words):
    assert decide(status=None, diagnostic=words, action="failed") == "system_error"


# ---- rates, relays, sockets ------------------------------------------------------------------------------------------
def test_the_session_limit_of_our_ip_is_a_rate_beside_a_policy_category():
    report = classify(pmta_dsn("policy-related", "421 4.7.0 mx.firm.example IP 192.0.2.23 has exceeded the session limit. "
                                                 "Try again later.", status="4.7.0"))
    assert [r.reason for r in report.recipients] == ["rate_limited"]


def test_harakas_default_refusal_is_a_relay_refusal():
    assert decide(status=None, diagnostic="550 I cannot deliver mail for <eva@firm.example>", action="failed") == "no_relaying"


@pytest.mark.parametrize("words", [
    "421 4.4.7 message expired in queue; last error: 4.4.1 connection refused by 192.0.2.170:25",
    "last error: connection refused by mx.firm.example[192.0.2.170]:25",
])
def test_a_connection_refused_by_a_host_alone_is_no_block(words):
    assert decide(status="4.4.7", diagnostic=words, action="failed") != "blocked"


def test_a_servers_reply_that_refuses_the_connection_stays_a_block():
    assert decide(status="5.7.1", diagnostic="554 5.7.1 Connection refused by policy: your IP is listed",
                  action="failed") == "blocked"


# ---- what is no report of ours ----------------------------------------------------------------------------------------
TRANSCRIPT = ("Transcript of session follows.\n\n Out: 220 mx.firm.example ESMTP Postfix\n In:  EHLO mail.shop.example\n"
              " Out: 250-mx.firm.example\n Out: 250 STARTTLS\n In:  STARTTLS\n Out: 220 2.0.0 Ready to start TLS\n"
              "{refusal} In:  QUIT\n Out: 221 2.0.0 Bye\n\nFor other details, see the local mail logfile\n")


def test_a_postfix_transcript_without_a_refusal_is_no_report():
    report = classify(mail("From: MAILER-DAEMON@mx.firm.example\nTo: postmaster@mail.shop.example\n"
                           "Subject: Postfix SMTP server: errors from mail.shop.example[192.0.2.7]\n",
                           TRANSCRIPT.format(refusal="")))
    assert report.kind == "not_bounce"


def test_a_postfix_transcript_holding_a_refusal_stays_a_report():
    refusal = (" In:  MAIL FROM:<news@mail.shop.example>\n Out: 250 2.1.0 Ok\n In:  RCPT TO:<eva@firm.example>\n"
               " Out: 550 5.1.1 <eva@firm.example>: Recipient address rejected: User unknown in local recipient table\n")
    report = classify(mail("From: MAILER-DAEMON@mx.firm.example\nTo: postmaster@mail.shop.example\n"
                           "Subject: Postfix SMTP server: errors from mail.shop.example[192.0.2.7]\n",
                           TRANSCRIPT.format(refusal=refusal)))
    assert report.kind == "failed"


FORWARDED = ("Hello,\n\nI forwarded your price list to our buyer and got the message below. Can you send it to her "
             "directly?\n\nThanks, Frank\n\n-----Original Message-----\nFrom: Microsoft Outlook <postmaster@firm.example>\n"
             "Sent: 18 June 2024 11:05\nTo: Frank <frank@firm.example>\nSubject: Undeliverable: {subject}\n\n"
             "Delivery has failed to these recipients or groups:\n\ngrce@firm.example\nThe email address you entered couldn't "
             "be found.\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address "
             "lookup'\n")


def test_a_persons_own_forward_that_failed_is_none_of_ours():
    report = persons_mail("Frank <frank@firm.example>", "RE: Undeliverable: FW: Trade prices",
                          FORWARDED.format(subject="FW: Trade prices"), to="bounces+frank=firm.example@mail.shop.example")
    assert report.kind == "not_bounce"


def test_a_colleagues_forward_of_our_own_messages_report_stays_a_report():
    body = FORWARDED.format(subject="FW: Trade prices").replace("Frank <frank@firm.example>", "Sales <sales@shop.example>")
    report = persons_mail("Sales <sales@shop.example>", "FW: Undeliverable: FW: Trade prices", body,
                          to="bounces@mail.shop.example")
    assert report.kind == "failed"
    assert [r.address for r in report.recipients] == ["grce@firm.example"]


def test_a_postmaster_desks_receipt_of_a_delisting_request_is_no_report():
    body = ("Thank you for contacting the Postmaster team.\n\nWe have received your request regarding IP 192.0.2.61, which "
            "was rejected with \"554 5.7.1 Mail refused - policy\". Our team reviews requests within 48 hours.\n")
    report = persons_mail("Postmaster <postmaster-noreply@isp.example>", "[Ticket #PM-2209-48813] Block removal request received",
                          body, to="postmaster@mail.shop.example")
    assert report.kind == "not_bounce"


# ---- the same meanings in other words: a person gone, give-ups, a greeting never given, a session limit -------------
@pytest.mark.parametrize("words", [
    "550 Employee separated - mail ID removed",
    "Reason: this employee has left the organisation and the email ID has been removed from our server.",
])
def test_terse_and_long_forms_of_a_person_gone_are_user_unknown(words):
    assert decide(status="5.0.0", diagnostic=words, action="failed") == "user_unknown"


def test_a_clerks_own_answer_under_an_acknowledgements_subject_is_a_persons_mail():
    # (no number, no automatic mark: a person writing back about the complaint)
    body = "महोदय,\n\nआपकी शिकायत प्राप्त हो गई थी, लेकिन उसमें पार्सल का ट्रैकिंग नंबर नहीं है। कृपया नंबर भेजें।\n"
    report = persons_mail("S.O. (Accounts) <so.accounts@post.example>", "Re: शिकायत की पावती", body)
    assert report.kind == "not_bounce"


@pytest.mark.parametrize("words", [
    "O prazo máximo de entrega (4 dias) foi excedido e não serão feitas novas tentativas.",
    "原因：已超過投遞期限（五天），系統已放棄投遞，且將不再重試。",
])
def test_give_ups_said_with_their_limits(words):
    assert decide(status=None, diagnostic=words, action="failed") == "expired"


def test_a_greeting_that_never_came_is_a_network_failure_and_a_give_up_after_it_expired():
    assert decide(status="4.4.2", diagnostic="421 4.4.2 mx.firm.example: timeout waiting for greeting",
                  action="delayed") == "network_error"
    assert decide(status="4.4.7", diagnostic="421 4.4.2 mx.firm.example: timeout waiting for greeting",
                  action="failed") == "expired"


@pytest.mark.parametrize("words", [
    "421 4.7.0 Die IP 192.0.2.33 hat das Limit an Sitzungen pro Stunde überschritten. Bitte später erneut versuchen.",
    "421 4.7.0 Sitzungslimit erreicht, bitte später erneut versuchen",
])
def test_the_session_limit_in_german_is_a_rate(words):
    assert decide(status="4.7.0", diagnostic=words, action="delayed") == "rate_limited"


def test_a_plugins_own_words_after_harakas_refusal_decide():
    assert decide(status="5.1.1", diagnostic="550 5.1.1 I cannot deliver mail for <eva@firm.example>: mailbox does not exist",
                  action="failed") == "user_unknown"


# ---- the site's users' complaints about our mail, counted: our reputation ----------------------------------------------------
@pytest.mark.parametrize("words", [
    "554 5.7.1 We have received a large number of complaints from our users about mail from 192.0.2.61.",
    "421 4.7.0 Mail from 192.0.2.25 deferred: elevated complaint rate reported by our subscribers",
    "554 5.7.1 Mail from 192.0.2.200 has been reported as spam by many of our users and is blocked for all recipients",
    "550 5.7.1 An unusually large share of our members have flagged mail from this sender as unwanted.",
    "550 5.7.1 Prilis mnoho stiznosti nasich uzivatelu na zpravy od tohoto odesilatele.",
    "421 4.7.0 For mange klager fra vores brugere over post fra denne afsender",
    "554 5.7.1 Te veel klachten van onze klanten over e-mail van dit domein.",
    "550 5.7.1 Courrier refusé : nos abonnés se sont plaints à de nombreuses reprises des messages envoyés par 192.0.2.25",
    "554 5.7.1 Il server 192.0.2.45 è stato segnalato come fonte di SPAM da numerosi nostri clienti: posta rifiutata",
    "554 5.7.1 Zbyt wiele skarg naszych użytkowników na pocztę z adresu 192.0.2.25 - wiadomość odrzucona",
    "550 5.7.1 Odrzucono: nasi użytkownicy zbyt często zgłaszają wiadomości od tego nadawcy jako niechciane.",
    "550 5.7.1 Nasi użytkownicy zbyt wiele razy oznaczyli wiadomości od tego nadawcy jako spam.",
    "550 5.7.1 Demasiadas reclamações dos nossos utilizadores sobre mensagens deste remetente.",
    "554 5.7.1 Un número elevado de nuestros usuarios ha marcado como spam los correos de este remitente.",
    "421 4.7.0 För många klagomål från våra användare på e-post från er IP-adress.",
    "550 5.7.1 Avsändaren har fått alltför många spamanmälningar från våra kunder",
])
def test_the_sites_users_complaints_counted_are_our_reputation(words):
    assert decide(status=None, diagnostic=words, action="failed") == "bad_reputation"


def test_a_postmaster_desks_case_receipt_quoting_the_refusal_is_no_report():
    body = ("Thank you for contacting the Postmaster Support. Your request for\nIP 192.0.2.61 has been logged as case 02231877.\n\n"
            "Your message said the IP was rejected with:\n  554 5.7.1 Service unavailable; Client host [192.0.2.61] blocked\n")
    report = persons_mail("Postmaster Support <postmaster-support@isp.example>", "[Case 02231877] Delisting request received",
                          body, to="deliverability@shop.example", extra="Auto-Submitted: auto-generated\n")
    assert report.kind == "not_bounce"


# ---- security gateways and hosting panels ----------------------------------------------------------------------------
def test_an_organisational_policy_is_the_sites_policy():
    assert decide(status="5.7.1", diagnostic="550 5.7.1 Message blocked due to organizational policy",
                  action="failed") == "policy_violation"


def test_a_digest_of_mail_held_for_the_reader_is_no_report():
    body = ("The messages listed below have been held and are awaiting your action.\nUse the links to release, block or permit "
            "the sender.\n\n From                          Subject                     Received\n"
            " notify@returns.example        Delivery Status Notification   02/06/2024 19:22\n"
            "   Release: https://gw.example/r/AAB1   Block: https://gw.example/b/AAB1\n")
    report = classify(mail("From: Gateway <postmaster@mail.shop.example>\nTo: bounces@mail.shop.example\n"
                           f"Subject: Digest: 2 messages on hold\nAuto-Submitted: auto-generated\n{UTF8}", body))
    assert report.kind == "not_bounce"


@pytest.mark.parametrize("words, reason", [
    # the recipient's domain switched off by its host for now
    ("550 The domain firm.example is currently suspended. Please contact the hosting provider.", "suspended"),
    # the recipient's own list, said as the person's deed
    ("The message you sent to eva@firm.example was blocked because the recipient has placed your address on his or her "
     "blacklist.", "filtered"),
    # cPanel's Exim: the address has no route
    ("550 rejected because eva@firm.example is unroutable", "host_unknown"),
])
def test_hosting_panels_replies(words, reason):
    assert decide(status=None, diagnostic=words, action="failed") == reason


def test_our_own_domain_suspended_is_no_recipients_state():
    assert decide(status="5.7.1", diagnostic="554 5.7.1 Your domain shop.example has been suspended for abuse",
                  action="failed", command="MAIL") != "suspended"


def test_a_help_desk_named_as_a_contact_is_no_recipient():
    body = ("The following message from <news@mail.shop.example> to <tom@firm.example>\ncould not be delivered.\n\n"
            "Reason: 550 5.1.1 <tom@firm.example>... User unknown\n\nIf you believe this is in error please contact "
            "<postmaster@firm.example>\nor our help desk <servicedesk@firm.example>.\n")
    report = system_notice("postmaster@mx.firm.example", "Delivery failure", body, to="bounces+tom=firm.example@mail.shop.example")
    assert kind_and_reasons(report) == ("failed", [("tom@firm.example", "user_unknown")])


def test_a_japanese_line_that_says_the_other_recipient_was_delivered():
    body = ("「sato@firm.example」宛のメールは配信できませんでした。\n理由：宛先のドメインが見つかりません（Host not found）。\n\n"
            "なお、「suzuki@firm.example」宛には正常に配信されています。\n")
    report = system_notice("MAILER-DAEMON@relay.firm.example", "配信不能通知", body, to="bounces@mail.shop.example")
    assert [(r.address, r.reason) for r in report.recipients if r.reason != "delivered"] == [("sato@firm.example", "host_unknown")]


def test_one_reply_with_each_recipients_result_parted_by_semicolons():
    from filter.core.pipeline import _own_result
    reply = ("550 permanent failure for one or more recipients (ana@firm.example:550 5.1.1 <ana@firm.example>: User unknown; "
             "bo@firm.example:552 5.2.2 <bo@firm.example>: Mailbox full)")
    assert decide(status=None, diagnostic=_own_result(reply, "ana@firm.example"), action="failed") == "user_unknown"
    assert decide(status=None, diagnostic=_own_result(reply, "bo@firm.example"), action="failed") == "mailbox_full"


# ---- our sending quota, a rate under a full-mailbox code, a reader's wish with thanks ----------------------------------


def test_our_sending_quota_in_german_is_no_full_mailbox():
    words = "550 5.7.1 Versandkontingent überschritten: zu viele Nachrichten pro Stunde von Ihrem Server (192.0.2.25)"
    assert decide(status="5.7.1", diagnostic=words, action="failed") == "rate_limited"
    # (the mailbox's own quota stays full)
    assert decide(status="5.2.2", diagnostic="552 5.2.2 Speicherkontingent des Postfachs überschritten",
                  action="failed") == "mailbox_full"


def test_a_mailboxs_receive_rate_under_a_full_mailbox_code_is_a_rate():
    words = ("550 5.2.2 STOREDRV.Deliver; Recipient's mailbox is receiving too many messages right now (receive rate limit "
             "exceeded). Please try again later.")
    assert decide(status="5.2.2", diagnostic=words, action="failed") == "rate_limited"


def test_a_wish_said_with_its_thanks_is_the_readers_request():
    body = ("Third 'last chance' this week. I have placed your address on my blacklist,\nand I'd appreciate it if you removed "
            "mine from your mailing list as well.\n")
    report = persons_mail("George <george@mailhost.example>", "Re: Last chance", body)
    assert report.kind == "unsubscribe"


def test_a_footers_condition_is_still_no_request():
    body = "Thanks for the catalogue.\n\nIf you wish to remove me from your mailing list, click here.\n"
    report = persons_mail("George <george@mailhost.example>", "Re: Catalogue", body)
    assert report.kind != "unsubscribe"


# ---- the bulk senders' rules of 2024, Yahoo's permanent deferral, platforms' lists, desks' receipts ---------------------
def test_a_refusal_for_a_missing_one_click_unsubscribe_is_the_sites_bulk_rule():
    words = ("550 5.7.1 Bulk mail refused: message lacks an RFC 8058 one-click unsubscribe (List-Unsubscribe-Post: "
             "List-Unsubscribe=One-Click) header required for bulk senders")
    assert decide(status="5.7.1", diagnostic=words, action="failed") == "policy_violation"


@pytest.mark.parametrize("words", [
    "421 4.7.0 [TSS09] All messages from 192.0.2.88 will be permanently deferred; Retrying will NOT succeed.",
    "421 4.7.1 [TS03] All messages from 192.0.2.88 will be permanently deferred; Retrying will NOT succeed.",
])
def test_yahoos_permanent_deferral_of_our_ip_is_a_block(words):
    assert decide(status="4.7.0", diagnostic=words, action="delayed") == "blocked"


def test_yahoos_deferral_for_complaints_stays_our_reputation():
    words = "421 4.7.0 [TSS04] Messages from 192.0.2.88 temporarily deferred due to unexpected volume or user complaints"
    assert decide(status="4.7.0", diagnostic=words, action="delayed") == "bad_reputation"


@pytest.mark.parametrize("body", [
    ("We did not attempt delivery of the following message because the recipient\nis on your Bounces list (a previous "
     "delivery attempt to this address\nresulted in a hard bounce on 2025-04-04).\n\n  Event:       dropped\n"
     "  Recipient:   marcus@firm.example\n  Subject:     Your invoice is ready\n"),
    ("You tried to send to a recipient that has been marked as inactive.\n\nRecipient: marcus@firm.example\n\n"
     "Inactive recipients are ones that have generated a hard bounce or a spam\ncomplaint. We did not send this message.\n"),
])
def test_a_platforms_own_list_named_otherwise_is_a_suppression(body):
    report = classify(mail("From: Platform Alerts <notifications@alerts.platform.example>\nTo: bounces@mail.shop.example\n"
                           f"Subject: 1 message dropped\nAuto-Submitted: auto-generated\n{UTF8}", body))
    assert kind_and_reasons(report) == ("failed", [("marcus@firm.example", "suppressed")])


def test_a_persons_thanks_for_getting_in_touch_with_a_question_is_no_acknowledgement():
    body = "Hi,\n\nthanks for getting in touch! Could you send me the price list for the oak tables?\n\nMaria\n"
    report = persons_mail("Maria <maria@office.example>", "Re: Oak tables", body)
    assert report.kind == "not_bounce"


# ---- an inbound rate, a platform's why below its summary, regional and old wordings -----------------------------------


def test_an_inbound_rate_under_a_full_mailbox_code_and_a_full_one():
    assert decide(status="5.2.2", diagnostic="550 5.2.2 Inbound message rate for this mailbox exceeded (max 60 per 10 minutes)",
                  action="failed") == "rate_limited"
    assert decide(status="5.2.2", diagnostic="552 5.2.2 Mailbox full: too many messages stored (10000 of 10000)",
                  action="failed") == "mailbox_full"


def test_a_platforms_why_below_its_summary_of_the_message():
    body = ("Sendpost could not send one of your messages.\n\nRecipient:   alex@hotmail.example\n"
            "Message-ID:  <r1@mail.shop.example>\nSubject:     Your receipt\nEvent:       dropped\n\n"
            "Why: this address hard-bounced on 2025-02-14 and has been kept on your\naccount's bounce suppression list since. "
            "Delivery was skipped; no\nconnection was made to the recipient's mail server.\n")
    report = classify(mail("From: Sendpost <no-reply@sendpost.example>\nTo: bounces@mail.shop.example\n"
                           f"Subject: Message not sent: recipient is suppressed\nAuto-Submitted: auto-generated\n{UTF8}", body))
    assert kind_and_reasons(report) == ("failed", [("alex@hotmail.example", "suppressed")])


@pytest.mark.parametrize("words, reason", [
    # a Japanese sentence wrapped at the line's width, no blank at the break
    ("「hiro@firm.example」宛のメールは、宛先のメールアドレスが\n存在しないため配信できませんでした。", "user_unknown"),
    # a server's breakdown, in French
    ("Suite à une panne de notre serveur de messagerie (défaillance des disques), votre message n'a pas pu être remis.",
     "system_error"),
    # Domino's directory entry without a mail file
    ("Recipient's Domino Directory entry does not specify a valid Notes mail file", "system_error"),
    # AOL's refusal of our IP's reverse lookup
    ("550 REQUESTED ACTION NOT TAKEN: DNS FAILURE", "require_ptr"),
    # Daum / Hanmail's paid stamp for bulk senders
    ("554 온라인우표 미등록 발송자 (unregistered bulk sender)", "policy_violation"),
])
def test_more_regional_and_old_wordings(words, reason):
    assert decide(status=None, diagnostic=words, action="failed") == reason


def test_korean_keeps_its_blank_at_a_line_break():
    from filter.core.classifier import normalize
    assert normalize("받는 사람의\n메일함이") == "받는 사람의 메일함이"
    assert normalize("宛先の\nアドレス") == "宛先のアドレス"


# ---- groups and lists ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sender, subject, body", [
    # a Google Workspace group on the organisation's own domain writes from the group's address and signs "Google Groups"
    ("team@school.example", "Your message to team@school.example is pending moderator approval",
     'Your message to the group "Staff Team" (team@school.example)\nhas been received and is awaiting approval by a group '
     "manager.\n\n  Subject: Black Friday\n\nGoogle Groups\n"),
    ("comercial@vila.example", "Sua mensagem está aguardando aprovação",
     'Sua mensagem para o grupo "Comercial" (comercial@vila.example) foi recebida e está aguardando a aprovação de um '
     "administrador do grupo.\n\nGrupos do Google\n"),
])
def test_a_groups_hold_signed_by_google_groups(sender, subject, body):
    report = persons_mail(sender, subject, body, extra="Auto-Submitted: auto-generated\n")
    assert [(r.address, r.reason) for r in report.recipients] == [(sender, "on_hold")]


def test_yahoo_groups_moderated_hold():
    body = ("We received your message entitled \"Heaters - half price\" for the\nfishkeepers group. Because fishkeepers is "
            "moderated, your message is\nwaiting for approval by a group moderator.\n\nYahoo! Groups Customer Care\n")
    report = persons_mail("fishkeepers Moderator <fishkeepers-owner@yahoogroups.com>",
                          "Your message to fishkeepers awaits moderator approval", body)
    assert [r.reason for r in report.recipients] == ["on_hold"]


def test_a_persons_mail_signed_google_groups_without_an_automatic_mark_is_no_notice():
    body = "Hi, could you add me to the volunteers list? I saw it on Google Groups\n"
    report = persons_mail("Ana <ana@school.example>", "Volunteers", body)
    assert report.kind == "not_bounce"


# ---- the recipient's own lists and settings, Domino's mail file, platforms' layouts, a mailbox holding too many ------


@pytest.mark.parametrize("words", [
    "550 5.7.1 Recipient has reported mail from this sender as spam and chose to block it",
    "550 5.7.1 Message rejected: this recipient marked earlier messages from your address as junk and has added you to their "
    "blocked senders.",
    "550 5.7.1 RESOLVER.RST.SenderBlockedByRecipient; sender is on the recipient's junk email block list",
    "550 5.7.1 Absender vom Empfänger gesperrt (persönliche Blacklist)",
    "550 5.7.1 Rejected by the recipient's reception settings (mail from PC/specified domain refused)",
])
def test_the_recipients_own_lists_and_settings(words):
    assert decide(status="5.7.1", diagnostic=words, action="failed") == "filtered"


def test_a_persons_own_filter_beside_powermtas_policy_category_and_a_5xx_throttle():
    report = classify(pmta_dsn("policy-related", "550 5.7.1 Rejected by the recipient's reception settings"))
    assert [r.reason for r in report.recipients] == ["filtered"]
    report = classify(pmta_dsn("policy-related", "550 Ip frequency limited.", status="5.0.0"))
    assert [r.reason for r in report.recipients] == ["rate_limited"]


def test_dominos_mail_file_it_cannot_open():
    words = "Error transferring to NOTES01/Firm; Router: Unable to open mail file mail\\hvogel.nsf: Database is corrupt"
    assert decide(status=None, diagnostic=words, action="failed") == "system_error"


@pytest.mark.parametrize("body", [
    "RelayMail delivery event\n\n  Event:        failed\n  Recipient:    lena@firm.example\n  Message-ID:   <r1@mail.shop.example>\n"
    "  Subject:      Reset your password\n\nReason\n  Not delivering to a previously bounced address: the address is on the "
    "bounce list of your domain.\n",
    "Stream: outbound\nSubject: Your parcel has shipped\nStatus: Not sent (ErrorCode 406)\n\nYou tried to send to a recipient "
    "that has been marked as inactive.\nFound inactive addresses: lena@firm.example.\n",
])
def test_platforms_suppressions_in_more_layouts(body):
    report = classify(mail("From: Platform <notifications@platform.example>\nTo: bounces@mail.shop.example\n"
                           f"Subject: Message not sent to 1 recipient\nAuto-Submitted: auto-generated\n{UTF8}", body))
    assert kind_and_reasons(report) == ("failed", [("lena@firm.example", "suppressed")])


@pytest.mark.parametrize("words", [
    "552 5.2.2 <old@firm.example>: Too many messages in mailbox (limit 10000), delete some and try again",
    "452 4.2.2 <klaus@firm.example>: Postfach enthaelt zu viele Nachrichten (max. 5000) / mailbox has too many messages",
])
def test_a_mailbox_holding_too_many_messages_is_full_not_a_rate(words):
    assert decide(status=words.split()[1], diagnostic=words, action="failed") == "mailbox_full"
