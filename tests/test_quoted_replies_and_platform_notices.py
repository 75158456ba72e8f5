"""Readings of the forty-third session: a receiving server's reply quoted alone on its line by a notice (Postfix's reject
texts name the address they refuse), sentences wrapped before their address, table rows that share the reply below them,
holds and their outcomes in more languages, sending services' and members' complaints, requests to be taken off in Finnish,
Estonian and Slovenian (and conditions that ask nothing in Swedish, Danish and Portuguese), causes in Central European
languages; in later batches Exchange 2000-2003 entries in ten languages, reviews that said no in some thirty, provider codes
that yield to words blocking our side, and the notices that only look like reports (a delisting answer, a lure).

Each case is a wording written for the rule it tests (none copied from a sample): what the words mean decides.
"""
from __future__ import annotations

import pytest

from filter import classify
from filter.core.classifier import decide
from shapes import UTF8, kind_and_reasons, mail, notice


# ---- a server's reply quoted alone on its line, naming the recipient ------------------------------------------------
@pytest.mark.parametrize("reply, reason", [
    # Postfix smtpd's reject text names the refused recipient in brackets (smtpd_check.c: "<%s>: Recipient address rejected")
    ("550 5.1.1 <m.ortiz@casa-verde.example>: Recipient address rejected: User unknown in virtual mailbox table",
     "user_unknown"),
    ("452 4.2.2 <m.ortiz@casa-verde.example>: Recipient address rejected: Mailbox is over quota", "mailbox_full"),
    # an old Postfix without the enhanced status
    ("550 <m.ortiz@casa-verde.example>: Recipient address rejected: User unknown in local recipient table", "user_unknown"),
])
def test_a_quoted_postfix_reject_names_its_recipient(reply, reason):
    body = ("Your reply to ticket #5120 could not be delivered to the customer, Marta Ortiz.\n"
            "The customer's mail server answered:\n\n  " + reply + "\n\nView the ticket in the agent console.\n")
    report = notice("Help Desk <desk@help.shop.example>", "[Ticket #5120] Reply not delivered", body)
    assert kind_and_reasons(report)[1] == [("m.ortiz@casa-verde.example", reason)]


def test_a_quoted_sender_reject_names_no_recipient():
    # "Sender address rejected" names our own address: never a failed recipient
    body = ("Your message could not be delivered to Marta Ortiz.\nThe server answered:\n\n"
            "  553 5.1.8 <desk@help.shop.example>: Sender address rejected: Domain not found\n")
    report = notice("Help Desk <desk@help.shop.example>", "Reply not delivered", body)
    assert all(r.address != "desk@help.shop.example" for r in report.recipients)


# ---- a sentence wrapped before its address --------------------------------------------------------------------------
def test_a_sentence_wrapped_before_its_address_names_the_recipient():
    body = ("Hello news@mail.shop.example,\n\nWe are sorry, but we could not deliver your message to\n"
            "swapmeet@groups.example because only members of the group can post.\n\nGroups Customer Care\n")
    report = notice("Groups Notifications <notify@groups.example>", "Your message to swapmeet could not be delivered", body)
    assert kind_and_reasons(report) == ("failed", [("swapmeet@groups.example", "rejected")])


def test_an_invitation_wrapped_before_its_address_names_no_recipient():
    # "please send a message to\nhelp@": where to write, whatever line the address fell on
    body = ("Your message to ana@firm.example could not be delivered: mailbox unavailable.\n\n"
            "If you need help, please send a message to\nhelpline@firm.example with the reference 4471.\n")
    report = notice("Mail Delivery System <MAILER-DAEMON@mx.firm.example>", "Undeliverable", body, null=True)
    assert [r.address for r in report.recipients] == ["ana@firm.example"]


def test_a_persons_letter_wrapped_before_an_address_stays_a_letter():
    # a person's mail (no automatic mark) that says it could not deliver something to an address is no report
    body = ("Hi,\n\nI tried twice but could not deliver your message to\nhannah@firm.example because she is on leave "
            "and her mailbox is closed until May.\n\nBest, Tom\n")
    report = notice("Tom Berg <tom@firm.example>", "Your letter", body)
    assert report.kind == "not_bounce"


# ---- rows of a table that share the reply below them -----------------------------------------------------------------
def test_rows_with_the_same_cell_share_the_reply_below_them():
    # (a Finnish heading of the failed recipients, each row's other cell "(permanent error)", the server's reply below)
    body = ("Viestiä ei voitu toimittaa seuraaville vastaanottajille:\n\n"
            "myynti@saha.example\t(pysyvä virhe)\ntilaukset@saha.example\t(pysyvä virhe)\n\n"
            "Vastaanottava palvelin vastasi:\n550 5.1.1 Recipient address rejected: User unknown in virtual mailbox table\n")
    report = notice("Postinvälitys <postmaster@saha.example>", "Toimitus epäonnistui", body, null=True)
    assert kind_and_reasons(report) == ("failed", [("myynti@saha.example", "user_unknown"),
                                                   ("tilaukset@saha.example", "user_unknown")])


def test_rows_with_their_own_causes_keep_them():
    body = ("The message could not be delivered to the following recipients:\n\n"
            "ana@firm.example\tmailbox full\nbob@firm.example\tno such user\n\nThe mail system\n")
    report = notice("Mail Delivery System <MAILER-DAEMON@mx.firm.example>", "Undeliverable", body, null=True)
    assert kind_and_reasons(report) == ("failed", [("ana@firm.example", "mailbox_full"), ("bob@firm.example", "user_unknown")])


# ---- holds and their outcomes -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("body", [
    # Czech: held by the gateway for a check, the administrator refused its delivery
    ("Vaše zpráva pro eva@firm.example byla zadržena bezpečnostní bránou ke kontrole.\n"
     "Správce pošty zprávu zkontroloval a její doručení zamítl.\n"),
    # Vietnamese: held for review, the administrator refused it
    ("Thư của bạn gửi tới eva@firm.example đã bị giữ lại để kiểm duyệt.\n"
     "Sau khi xem xét, quản trị viên đã từ chối thư này. Thư sẽ không được chuyển tới người nhận.\n"),
    # English: set aside for examination, then declined
    ("Your message to eva@firm.example was set aside for examination under the \"External Marketing\" rule.\n"
     "Our compliance staff have now examined it and declined to pass it on.\n"),
])
def test_holds_refused_after_a_look_in_more_words(body):
    report = notice("Mail Gateway <gateway@gw.firm.example>", "Message not delivered", body, null=True)
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "policy_violation")])


@pytest.mark.parametrize("words", [
    "Your message is being kept pending examination by the Compliance team.",
    "Vaše zpráva byla zadržena ke kontrole.",
    # a list's post awaiting its moderator, as Mailman's translated notices say it (Finnish, Swedish, Polish, Czech)
    "Viestisi listalle odottaa listan moderaattorin hyväksyntää.",
    "Ditt meddelande väntar på moderatorns godkännande.",
    "Twoja wiadomość oczekuje na zatwierdzenie przez moderatora.",
    "Vaše zpráva čeká na schválení moderátorem.",
])
def test_holds_in_more_words_are_holds(words):
    assert decide(status=None, diagnostic=words, action="failed") == "on_hold"


@pytest.mark.parametrize("body", [
    # Hebrew: the administrator released it; the message was delivered to the recipient's mailbox
    ("ההודעה ששלחת אל eva@firm.example הוחזקה בהסגר על ידי מערכת אבטחת הדואר.\n"
     "מנהל המערכת בדק את ההודעה ושחרר אותה. ההודעה נמסרה לתיבת הדואר של הנמען.\n"),
    # Brazilian Portuguese: reviewed and released, then delivered
    ("Sua mensagem para eva@firm.example ficou retida na quarentena.\n"
     "Um administrador revisou e liberou a mensagem, que foi entregue na caixa de entrada do destinatário.\n"),
    # Indonesian: released, then delivered to the inbox
    ("Pesan Anda kepada eva@firm.example sempat ditahan di karantina oleh kebijakan anti-spam.\n"
     "Administrator telah meninjau dan melepaskan pesan tersebut. Pesan telah berhasil dikirim ke kotak masuk penerima.\n"),
])
def test_releases_then_deliveries_in_more_languages_are_no_failure(body):
    report = notice("Quarantine <quarantine@gw.firm.example>", "Message released", body, null=True)
    assert report.kind in ("delivered", "not_bounce") and all(r.reason != "on_hold" for r in report.recipients)


def test_a_release_still_to_come_is_still_a_hold():
    body = ("Your message to eva@firm.example has been quarantined by the anti-spam policy.\n"
            "If an administrator releases the message, it will be delivered to the recipient.\n")
    report = notice("Quarantine <quarantine@gw.firm.example>", "Message quarantined", body, null=True)
    assert report.kind == "failed" and report.recipients[0].reason == "on_hold"


# ---- complaints -------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sender, subject, body", [
    # Polish: the recipient marked your message as spam
    ("Wysyłka <fbl@esp.example>", "Zgłoszenie spamu: Black Week",
     "Powiadomienie o skardze\n\nOdbiorca oznaczył Twoją wiadomość jako spam.\n\nOdbiorca: eva@firm.example\n"),
    # Czech: the recipient reported your message as unsolicited
    ("Rozesílač <complaints@esp.example>", "Stížnost na spam od příjemce",
     "Oznámení o stížnosti\n\nPříjemce: eva@firm.example\n\nTento příjemce nahlásil vaši zprávu jako nevyžádanou (spam).\n"),
    # European Portuguese: a spam complaint about your campaign
    ("Envios <avisos@esp.example>", "Queixa de spam recebida",
     "Olá,\n\nRecebemos uma queixa de spam relativa à sua campanha \"Saldos\".\n\nDestinatário: eva@firm.example\n"),
    # a provider's member feedback, the member's address in its own field
    ("Member Feedback <fbl-noreply@isp.example>", "Member Feedback Notification",
     "One of our members reported mail from your IP (192.0.2.7) as unwanted.\n\nReported-For: eva@firm.example\n"),
])
def test_complaints_in_more_languages_and_a_member_feedback(sender, subject, body):
    report = classify(mail(f"From: {sender}\nTo: bounces@shop.example\nSubject: {subject}\n{UTF8}", body))
    assert kind_and_reasons(report) == ("complaint", [("eva@firm.example", "complaint")])


def test_a_newsletter_explaining_complaints_is_none():
    body = ("Dicas desta semana: quando recebemos uma queixa de spam de um destinatário, removemos o contacto da lista.\n"
            "Mantenha a sua lista limpa.\n")
    report = classify(mail("From: Envios <news@esp.example>\nTo: bounces@shop.example\nSubject: Dicas: queixa de spam\n"
                           f"List-Id: <tips.esp.example>\n{UTF8}", body))
    assert report.kind == "not_bounce"


# ---- requests to be taken off, and conditions that ask nothing ------------------------------------------------------
@pytest.mark.parametrize("subject, body", [
    ("VS: Marraskuun tarjoukset", "Hei,\n\nvoisitteko poistaa osoitteeni postituslistaltanne? En ole tilannut tätä.\n\nt. Eva\n"),
    ("Palun eemaldage mind", "Tere,\n\nPalun eemaldage minu aadress teie andmebaasist ja ärge saatke mulle rohkem kirju.\n"),
    ("Odjava od e-novic", "Pozdravljeni,\n\nprosim, odjavite me od prejemanja e-novic in izbrišite moj e-naslov iz vaše baze.\n"),
])
def test_requests_to_unsubscribe_in_finnish_estonian_and_slovenian(subject, body):
    report = classify(mail("From: Eva <eva@firm.example>\nTo: news@shop.example\n"
                           f"Subject: {subject}\nIn-Reply-To: <nl.1@shop.example>\n{UTF8}", body))
    assert kind_and_reasons(report) == ("unsubscribe", [("eva@firm.example", "unsubscribe")])


@pytest.mark.parametrize("body", [
    "Hej!\n\nOm jag avregistrerar mig från nyhetsbrevet, försvinner då också mina bonuspoäng?\n\nMvh Eva\n",
    "Hej,\n\nHvis jeg afmelder mig nyhedsbrevet, mister jeg så mine point?\n\nEva\n",
    "Olá,\n\nSe eu cancelar a subscrição da newsletter, perco os meus pontos?\n\nEva\n",
])
def test_conditions_in_swedish_danish_and_portuguese_ask_nothing(body):
    report = classify(mail("From: Eva <eva@firm.example>\nTo: news@shop.example\nSubject: SV: Nyhetsbrev\n"
                           f"In-Reply-To: <nl.1@shop.example>\n{UTF8}", body))
    assert report.kind == "not_bounce"


# ---- causes -----------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("status, words, reason", [
    # our bounce rate, in Polish and Swedish: a block of us, though it speaks of non-existent addresses
    ("5.7.1", "Zbyt wiele wiadomosci z Twojego serwera trafia na nieistniejace adresy. Poczta odrzucona.", "blocked"),
    ("5.7.1", "Avsändarens andel studsande meddelanden är för hög; försök senare med en rensad lista", "blocked"),
    # the recipient's own filter (Portuguese Sieve, Finnish, Swedish, Polish, Czech) and its own black list (Czech)
    ("5.7.1", "Mensagem rejeitada por um filtro Sieve do destinatário: não aceito promoções", "filtered"),
    ("5.7.1", "Vastaanottajan suodatin hylkäsi viestin: en halua mainoksia", "filtered"),
    ("5.7.1", "Meddelandet stoppades av mottagarens eget filter", "filtered"),
    ("5.7.1", "Wiadomość odrzucona przez filtr odbiorcy", "filtered"),
    ("5.7.1", "Příjemce si nastavil filtr, který odmítá zprávy od odesílatele (uživatelský blacklist)", "filtered"),
    # a link's domain named between, on a URI block list: the content
    ("5.7.1", "Message rejected: the body contains a URL whose domain (deals.example) is listed in dbl.spamhaus.org",
     "spam_detected"),
    # Exchange 5.5's "no transport provider is available" (the site's connectors), GroupWise's "User or post office not found"
    (None, "The message could not be delivered because no transport provider is available for the address type SMTP.",
     "system_error"),
    (None, "user or post office not found", "user_unknown"),
    # Polish: the account, named, blocked by the administrator (unpaid); Hungarian: the account ended, the address unusable
    (None, "Konto kowal.jan zostało zablokowane przez administratora (nieopłacony abonament).", "suspended"),
    ("5.2.1", "A hallgatói fiók a hallgatói jogviszony megszűnésével megszűnt.", "user_unknown"),
    (None, "A cím nem használható tovább.", "user_unknown"),
    # Slovak: our IP over its hourly limit
    ("5.7.1", "Prekročený limit 200 správ za hodinu z Vašej IP adresy 192.0.2.5. Skúste neskôr.", "rate_limited"),
])
def test_causes_of_this_session(status, words, reason):
    assert decide(status=status, diagnostic=words, action="failed") == reason


def test_a_gateway_s_summary_and_reason_lines_are_read_together():
    # (Trend Micro InterScan's notice: its recipient field, then its reason several lines below)
    body = ("Trend Micro InterScan Messaging Security Suite has blocked the following message.\n\n"
            "Sender:     <news@shop.example>\nRecipient:  <eva@firm.example>\nSubject:    Spring deals\n"
            "Rule name:  Anti-Spam\nAction:     Delete entire message\n"
            "Reason:     The message was identified as spam (score above threshold).\n")
    report = notice("InterScan MSS <imss@firm.example>", "Message blocked: Spring deals", body)
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "spam_detected")])


# ---- second batch: platforms' notices, holds, releases, complaints, requests and causes in more languages ------------
def test_a_platform_s_automatic_notice_quoting_a_reject_names_its_recipient():
    body = ("Hola,\n\nNo hemos podido entregar el correo de la campaña «Invierno» a uno de sus contactos. Respuesta del "
            "servidor de destino:\n\n    554 5.7.1 <eva@firm.example>: Relay access denied\n\nEquipo de VentaNube\n")
    report = classify(mail("From: VentaNube <no-reply@notificaciones.ventanube.example>\nTo: news@shop.example\n"
                           f"Subject: Correo no entregado a un contacto\nAuto-Submitted: auto-generated\n{UTF8}", body))
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "no_relaying")])


def test_a_person_quoting_a_reject_is_no_report():
    body = ("Hi Tom,\n\nour newsletter to one customer keeps failing with this, any idea?\n\n"
            "    554 5.7.1 <eva@firm.example>: Relay access denied\n\nThanks, Ann\n")
    report = classify(mail("From: Ann <ann@shop.example>\nTo: Tom <tom@it.example>\nSubject: strange error\n"
                           f"{UTF8}", body))
    assert report.kind == "not_bounce"


def test_croatian_rows_under_their_heading_are_recipients():
    body = ("Isporuka sljedećim primateljima nije uspjela:\n\n"
            "ana@firm.example\tpoštanski sandučić je pun (prekoračena kvota)\n\nPoruka poslužitelja nije dostupna.\n")
    report = notice("Sustav za dostavu pošte <mailer-daemon@mx.firm.example>", "Neisporučeno", body, null=True)
    assert kind_and_reasons(report) == ("failed", [("ana@firm.example", "mailbox_full")])


@pytest.mark.parametrize("body", [
    ("Vaša správa pre eva@firm.example bola zadržaná bezpečnostnou bránou na kontrolu.\n"
     "Správca pošty ju preskúmal a jej doručenie odmietol.\n"),
    ("Ihre Nachricht an eva@firm.example wurde von unserem E-Mail-Gateway zur Prüfung zurückgehalten. Nach der Prüfung hat "
     "der Administrator die Zustellung abgelehnt.\n"),
    ("Su mensaje para eva@firm.example quedó retenido por el sistema de protección de correo. El administrador lo revisó y "
     "decidió no entregarlo.\n"),
    "고객님이 eva@firm.example(으)로 보낸 메일은 보안 정책에 따라 보류되었으며, 관리자가 검토한 후 전달을 거부했습니다.\n",
    ("Your message to eva@firm.example was held for review and has now been rejected by the administrator.\n"),
    ("The following message, which was being held in quarantine, has been reviewed by an administrator and deleted.\n\n"
     "Recipient:  eva@firm.example\n"),
    ("Il messaggio da lei inviato a eva@firm.example è stato trattenuto in quarantena. È stato esaminato dall'amministratore "
     "ed è stato RIFIUTATO.\n"),
])
def test_holds_refused_after_review_in_the_second_batch(body):
    report = notice("Mail Gateway <gateway@gw.firm.example>", "Message not delivered", body, null=True)
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "policy_violation")])


def test_a_dutch_hold_awaiting_the_administrator_is_held_whatever_its_cause():
    body = ("Uw bericht aan eva@firm.example is door de Mail Gateway in quarantaine geplaatst en wacht op controle door de "
            "beheerder.\nReden:      Mogelijk ongewenste inhoud (Probable spam)\n"
            "Het bericht wordt afgeleverd zodra de beheerder het vrijgeeft.\n")
    report = notice("Mail Gateway <gateway@gw.firm.example>", "Uw bericht is in quarantaine geplaatst", body, null=True)
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "on_hold")])


@pytest.mark.parametrize("body", [
    ("Jūsų laiškas gavėjui eva@firm.example buvo sulaikytas karantine.\n"
     "Administratorius jį peržiūrėjo ir išleido. Laiškas sėkmingai pristatytas į gavėjo pašto dėžutę.\n"),
    "Лист для eva@firm.example було затримано в карантині.\nАдміністратор звільнив його з карантину, і лист доставлено.\n",
    ("Skeytið þitt til eva@firm.example var sett í sóttkví.\n"
     "Kerfisstjóri hefur sleppt því úr sóttkví og það hefur verið afhent viðtakanda.\n"),
])
def test_releases_then_deliveries_of_the_second_batch_are_no_failure(body):
    report = notice("Quarantine <quarantine@gw.firm.example>", "Released", body, null=True)
    assert report.kind in ("delivered", "not_bounce") and all(r.reason != "on_hold" for r in report.recipients)


@pytest.mark.parametrize("sender, subject, body", [
    ("Pošta.sk <fbl@posta.example>", "Hlásenie spamu",
     "Dobrý deň,\n\npríjemca eva@firm.example označil vašu správu ako spam.\n"),
    ("HRnet Mail <abuse-noreply@hrnet.example>", "Prijava neželjene pošte",
     "Poštovani,\n\nkorisnik eva@firm.example prijavio je vašu poruku kao neželjenu poštu.\n"),
    ("abuz@mesagerie.example", "Plângere spam",
     "Bună ziua,\n\nAm primit o plângere de spam de la abonatul nostru eva@firm.example privind un mesaj trimis de serverul "
     "dumneavoastră.\n"),
])
def test_complaints_of_the_second_batch(sender, subject, body):
    report = classify(mail(f"From: {sender}\nTo: bounces@shop.example\nSubject: {subject}\n{UTF8}", body))
    assert kind_and_reasons(report) == ("complaint", [("eva@firm.example", "complaint")])


@pytest.mark.parametrize("subject, body", [
    ("Re: Ziemas atlaides", "Labdien,\n\nlūdzu, izņemiet manu adresi no jūsu datubāzes un vairs nesūtiet man\nreklāmas vēstules.\n"),
    ("수신거부 요청", "안녕하세요.\n\n더 이상 광고 메일을 받고 싶지 않습니다. 수신거부 처리 부탁드립니다.\n"),
])
def test_requests_in_latvian_and_korean(subject, body):
    report = classify(mail(f"From: Eva <eva@firm.example>\nTo: news@shop.example\nSubject: {subject}\n{UTF8}", body))
    assert kind_and_reasons(report) == ("unsubscribe", [("eva@firm.example", "unsubscribe")])


@pytest.mark.parametrize("status, words, reason", [
    ("5.7.1", "Te veel berichten van uw server gaan naar niet-bestaande adressen; uw bouncepercentage is te hoog.", "blocked"),
    ("5.7.1", "Your bounce rate is too high; clean your list and try again later.", "blocked"),
    ("4.7.0", "Prekoračeno je ograničenje od 200 poruka na sat s vašeg poslužitelja.", "rate_limited"),
    (None, "お客様が送信した以下のメッセージは、受信者側のポリシーにより配信されませんでした。", "policy_violation"),
    (None, "Motivo: Contenuto non conforme alla policy aziendale (comunicazioni commerciali non richieste)", "policy_violation"),
    # Exim's ACL refusal: its own words say nothing, a cause beside them decides
    (None, "550 Administrative prohibition", "rejected"),
    (None, "550 Administrative prohibition - attachment type blocked by policy", "policy_violation"),
    ("5.7.0", "This message was blocked by the administrator of firm.example. Messages with promotional content are not "
              "accepted from external senders (admin-defined content compliance rule).", "policy_violation"),
])
def test_causes_of_the_second_batch(status, words, reason):
    assert decide(status=status, diagnostic=words, action="failed") == reason


def test_a_local_mailer_s_exit_is_read_with_its_own_words_above_it():
    # (Sendmail's transcript: the delivery program's lines, then the summary of its exit)
    body = ("   ----- Transcript of session follows -----\n"
            "procmail: Quota exceeded while writing \"/var/mail/ute\"\n"
            "mail.local: /var/mail/ute: Disk quota exceeded\n"
            "<ute@firm.example>... Deferred: local mailer (/usr/bin/procmail) exited with EX_TEMPFAIL\n"
            "Message could not be delivered for 5 days\nMessage will be deleted from queue\n")
    report = notice("Mail Delivery Subsystem <MAILER-DAEMON@mail.firm.example>", "Returned mail: Cannot send message for 5 days",
                    body, null=True)
    assert kind_and_reasons(report) == ("failed", [("ute@firm.example", "mailbox_full")])


@pytest.mark.parametrize("words", [
    "Viestisi listalle jasenet@lists.firm.example odottaa listan moderaattorin hyväksyntää.",
    "Mesajul dumneavoastră către membri@lists.firm.example este reținut până când moderatorul listei îl poate verifica.",
])
def test_a_list_s_hold_in_finnish_and_romanian_is_held(words):
    report = classify(mail("From: jasenet-owner@lists.firm.example\nTo: bounces+x=firm.example@shop.example\n"
                           f"Subject: Moderation\n{UTF8}", words + "\n"))
    assert [r.reason for r in report.recipients] == ["on_hold"]
    # (and Czech "čeká na schválení moderátorem", its accented word)


def test_a_czech_list_s_hold_is_held():
    report = classify(mail("From: clenove-owner@lists.firm.example\nTo: bounces+x=firm.example@shop.example\n"
                           f"Subject: Moderace\n{UTF8}", "Vaše zpráva do konference čeká na schválení moderátorem.\n"))
    assert [r.reason for r in report.recipients] == ["on_hold"]


def test_a_chinese_table_of_names_with_their_addresses_in_full_width_brackets():
    body = ("<p>很抱歉，您发送的邮件未能投递给以下收件人：</p><table><tr><th>收件人</th><th>退信原因</th></tr>"
            "<tr><td>李伟（liwei@firm.example）</td><td>收件人邮箱不存在（550 User not found）</td></tr>"
            "<tr><td>陈静（chen.jing@firm.example）</td><td>收件人邮箱空间已满（552 Mailbox quota exceeded）</td></tr>"
            "<tr><td>sales2@firm.example</td><td>该邮箱已被冻结（554 User account is frozen）</td></tr></table>"
            "<p>如有疑问，请联系管理员 postmaster@firm.example。</p>")
    report = classify(mail("Return-Path: <>\nFrom: 系统退信 <postmaster@firm.example>\nTo: bounces@shop.example\n"
                           "Subject: 系统退信：春节特惠\nMIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n", body))
    assert kind_and_reasons(report) == ("failed", [("liwei@firm.example", "user_unknown"),
                                                   ("chen.jing@firm.example", "mailbox_full"),
                                                   ("sales2@firm.example", "suspended")])


def test_a_block_list_named_for_reputation_is_a_block_list():
    words = "550 5.7.1 The sending IP address 192.0.2.5 is listed on the MailSafe reputation blocklist (RBL: bl.example)."
    assert decide(status="5.7.1", diagnostic=words, action="failed") == "blocked"
    # (a reputation said without a list is still the sender's standing)
    assert decide(status="5.7.1", diagnostic="550 5.7.1 Rejected due to poor IP reputation", action="failed") == "bad_reputation"


# ---- third batch ------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("body", [
    ("Le message suivant, mis en quarantaine, a été examiné par l'administrateur de messagerie de firm.example et a été "
     "refusé.\n\n  Destinataire : eva@firm.example\n"),
    ("eva@firm.example adresine gönderdiğiniz ileti güvenlik karantinasına alınmıştı. İleti, sistem yöneticisi tarafından "
     "incelendi ve reddedildi.\n"),
    "ההודעה שלך אל eva@firm.example הוחזקה לבדיקה. מנהל המערכת בדק את ההודעה ודחה אותה. ההודעה נמחקה.\n",
    # a review's refusal with no hold word of the tables (Japanese: after the administrator's check, not approved, deleted)
    "お送りいただいたメールは eva@firm.example の管理者による確認の結果、承認されず削除されました。\n",
])
def test_holds_refused_after_review_in_the_third_batch(body):
    report = notice("Mail Gateway <gateway@gw.firm.example>", "Message not delivered", body, null=True)
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "policy_violation")])


@pytest.mark.parametrize("body", [
    "您发送给 eva@firm.example 的邮件曾因安全策略被隔离。管理员已审核并放行该邮件，邮件现已成功投递到收件人邮箱。\n",
    "保留ID Q-55821 のメールは管理者の確認により保留が解除され、受信者 eva@firm.example へ配送されました。\n",
])
def test_releases_then_deliveries_in_chinese_and_japanese_are_no_failure(body):
    report = notice("Quarantine <quarantine@gw.firm.example>", "Released", body, null=True)
    assert report.kind in ("delivered", "not_bounce") and all(r.reason != "on_hold" for r in report.recipients)


@pytest.mark.parametrize("status, words, reason", [
    ("5.7.1", "تم رفض الرسائل الواردة من عنوان IP الخاص بكم لأن نسبة الرسائل المرتدة (عناوين غير موجودة) مرتفعة جداً", "blocked"),
    ("5.7.1", "Сервер отклоняет почту с вашего IP: слишком высокий процент писем на несуществующие адреса", "blocked"),
    ("5.7.1", "Gönderen alıcının kişisel kara listesinde", "filtered"),
    ("5.7.1", "수신자가 설정한 스팸 차단 규칙에 의해 거부됨", "filtered"),
    ("5.7.1", "Message refusé : le domaine expéditeur figure sur notre liste de blocage locale", "blocked"),
    ("5.7.1", "A címzett nem fogad levelet hírlevélküldő rendszerektől (helyi szabályzat)", "policy_violation"),
    ("5.7.0", "Wiadomość niezgodna z polityką bezpieczeństwa firmy (załączniki .zip niedozwolone)", "policy_violation"),
    ("4.7.0", "Vượt quá giới hạn số thư mỗi giờ cho địa chỉ IP 192.0.2.23, vui lòng thử lại sau", "rate_limited"),
    ("4.7.0", "Bu IP adresinden saatte izin verilen ileti sayısı aşıldı, daha sonra tekrar deneyin", "rate_limited"),
    (None, "สาเหตุ: โดเมนปลายทางไม่มีอยู่จริง (ไม่พบระเบียน MX หรือ A)", "host_unknown"),
    (None, "550-Administrative prohibition: this message contained a link to a domain listed on dbl.spamhaus.org", "spam_detected"),
    ("5.7.1", "Your message was rejected because it contains a URL listed on a domain blocklist (deals.example)", "spam_detected"),
])
def test_causes_of_the_third_batch(status, words, reason):
    assert decide(status=status, diagnostic=words, action="failed") == reason


def test_a_serbian_complaint_in_cyrillic():
    body = "Поштовани,\n\nНаш корисник eva@firm.example пријавио је Вашу поруку као нежељену пошту (спам).\n"
    report = classify(mail(f"From: SrbNet Abuse <abuse@srbnet.example>\nTo: bounces@shop.example\n"
                           f"Subject: Пријава нежељене поште\n{UTF8}", body))
    assert kind_and_reasons(report) == ("complaint", [("eva@firm.example", "complaint")])


def test_names_with_their_addresses_in_full_width_brackets_share_the_reply_below():
    body = ("配信できなかった宛先\n\n山田太郎（yamada@firm.example）\n鈴木花子（suzuki@firm.example）\n\n"
            "上記の宛先について、受信サーバーから次の応答がありました：\n（552 5.3.4 メッセージサイズが受信側の上限（10MB）を超えています）\n")
    report = notice("MAILER-DAEMON <mailer-daemon@smtp.firm.example>", "配信不能のお知らせ", body, null=True)
    assert kind_and_reasons(report) == ("failed", [("yamada@firm.example", "message_too_large"),
                                                   ("suzuki@firm.example", "message_too_large")])


def test_a_name_with_its_address_then_its_reply_in_full_width_brackets():
    body = ("以下收件人未能收到您的邮件：\n王芳（wangfang@firm.example）（550 5.1.1 收件人邮箱不存在）\n"
            "陈静（chenjing@firm.example）（554 5.7.1 邮件内容被判定为垃圾邮件，拒绝接收）\n")
    report = notice("邮件系统 <postmaster@mail.firm.example>", "退信通知", body, null=True)
    assert kind_and_reasons(report) == ("failed", [("wangfang@firm.example", "user_unknown"),
                                                   ("chenjing@firm.example", "spam_detected")])


def _as_windows_1258(text: str) -> bytes:
    """Vietnamese as Windows-1258 spells it: the base letter with its vowel marks precomposed, the tone after it as a
    combining mark (grave, acute, tilde, hook above, dot below)."""
    import unicodedata

    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out.append(base + "".join(c for c in parts if c in tones))
    return "".join(out).encode("cp1258")


def test_vietnamese_in_windows_1258_is_read_composed():
    body = "Xin vui lòng hủy đăng ký nhận bản tin và xóa địa chỉ email của tôi khỏi danh sách gửi thư. Cảm ơn.\n"
    head = mail("From: minh@firm.example\nTo: news@shop.example\nSubject: Re: Ban tin\nMIME-Version: 1.0\n"
                "Content-Type: text/plain; charset=windows-1258\nContent-Transfer-Encoding: 8bit\n", "x")[:-1]
    report = classify(head + _as_windows_1258(body))
    assert kind_and_reasons(report) == ("unsubscribe", [("minh@firm.example", "unsubscribe")])


def test_a_spanish_quota_warning_to_the_reader_is_no_report():
    body = ("Estimado usuario:\n\nSu buzón ventas@shop.example está utilizando 4,6 GB de 5 GB (92 %).\n"
            "Cuando el buzón esté lleno, los mensajes que le envíen serán rechazados\ncon el error \"552 5.2.2 Mailbox full\".\n")
    report = classify(mail("From: Administrador de correo <admin@hosting.example>\nTo: ventas@shop.example\n"
                           f"Subject: Aviso: su buzón está casi lleno (92%)\nAuto-Submitted: auto-generated\n{UTF8}", body))
    assert report.kind == "not_bounce"


@pytest.mark.parametrize("status, words, reason", [
    # a provider's code for a missing mailbox beside words that name a block of our side: never a missing mailbox
    ("5.7.1", "550 5.7.1 <eva@firm.example>: Recipient address rejected: Access denied. AS(201806281) [sender IP 192.0.2.5 "
              "is on the local deny list]", "blocked"),
    ("5.4.1", "550 5.4.1 Recipient address rejected: Access denied. AS(201806281)", "user_unknown"),
    # Exchange 5.5's closing IMS code beside words that name the site's own route failing
    (None, "The message could not be delivered because no transport provider is available for the address type SMTP. "
           "MSEXCH:IMS:Org:Site:MAIL01 0 (000C05A6) Unknown Recipient", "system_error"),
    (None, "The recipient name is not recognized MSEXCH:IMS:Org:Site:MAIL01 0 (000C05A6) Unknown Recipient", "user_unknown"),
    # a pasted report's "Final-Recipient: rfc822;" is an address type, no word about RFC 822 compliance
    ("5.7.1", "bulk mail from external senders is not accepted by policy Final-Recipient: rfc822; eva@firm.example",
     "spam_detected"),
    ("5.6.0", "Message is not RFC 5322 compliant", "not_compliant_rfc"),
])
def test_causes_of_the_last_batch(status, words, reason):
    assert decide(status=status, diagnostic=words, action="failed") == reason


def test_a_malay_request_to_stop_sending():
    body = "Tolong berhenti hantar e-mel promosi ke alamat ini. Buang saya dari senarai mel anda. Terima kasih.\n"
    report = classify(mail("From: Farah <farah@firm.example>\nTo: news@shop.example\nSubject: Re: Promosi\n"
                           f"In-Reply-To: <nl.1@shop.example>\n{UTF8}", body))
    assert kind_and_reasons(report) == ("unsubscribe", [("farah@firm.example", "unsubscribe")])


def test_a_russian_list_s_hold_is_held():
    body = ("Ваше сообщение, адресованное списку рассылки obschenie@lists.firm.example,\nожидает рассмотрения модератором.\n"
            "Причина задержки: сообщение слишком большое.\n")
    report = classify(mail("From: obschenie-owner@lists.firm.example\nTo: news@shop.example\n"
                           f"Subject: Ваше сообщение ожидает одобрения модератора\n{UTF8}", body))
    assert kind_and_reasons(report) == ("failed", [("obschenie@lists.firm.example", "on_hold")])


# ---- fourth batch -----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("body", [
    ("Guten Tag,\n\ndie E-Mail an eva@firm.example vom 21.11.2025 wurde vom Administrator geprüft und nicht zur Zustellung "
     "zugelassen.\nSie wurde gelöscht. Bei Rückfragen wenden Sie sich bitte an it@firm.example.\n"),
    ("Uw bericht aan eva@firm.example is door de beheerder van firm.example beoordeeld en niet goedgekeurd.\n"
     "Het bericht is verwijderd en wordt niet afgeleverd.\n"),
    "Администратор почтового сервера рассмотрел ваше письмо для eva@firm.example и отказал в его доставке. Письмо удалено.\n",
    ("An administrator reviewed the message you sent to eva@firm.example and chose to reject it. It will not be "
     "delivered.\n"),
])
def test_holds_refused_after_review_in_the_fourth_batch(body):
    report = classify(mail("From: it-sicherheit@firm.example\nTo: bounces+eva=firm.example@shop.example\n"
                           f"Subject: Zustellung abgelehnt\nAuto-Submitted: auto-generated\n{UTF8}", body))
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "policy_violation")])


@pytest.mark.parametrize("body", [
    ("A sua mensagem para eva@firm.example ficou retida no filtro de segurança.\nCaso o administrador a liberte, será "
     "entregue ao destinatário.\n"),
    "您寄給 eva@firm.example 的郵件已被暫時攔截，目前等待管理員核准。\n",
])
def test_holds_awaiting_a_person_in_portuguese_and_chinese(body):
    # (the recipient's own gateway writing to the VERP address our message went out with)
    report = classify(mail("From: filtro-seguranca@firm.example\nTo: bounces+eva=firm.example@shop.example\n"
                           f"Subject: Mensagem retida\nAuto-Submitted: auto-generated\n{UTF8}", body))
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "on_hold")])


def test_an_italian_list_s_hold_is_held():
    body = ("Il tuo messaggio a 'Soci' con oggetto\n    Regata d'autunno\nè in attesa dell'approvazione del moderatore della "
            "lista.\n")
    report = classify(mail("From: soci-owner@lists.firm.example\nTo: bounces+soci=lists.firm.example@shop.example\n"
                           f"Subject: Il tuo messaggio a Soci attende l'approvazione del moderatore\n{UTF8}", body))
    assert kind_and_reasons(report) == ("failed", [("soci@lists.firm.example", "on_hold")])


@pytest.mark.parametrize("status, words, reason", [
    (None, "Aucun fournisseur de transport n'était disponible pour remettre ce message à ce destinataire. "
           "MSEXCH:IMS:Org:Site:SRV 0 (000C05A6) Unknown Recipient", "system_error"),
    ("5.7.1", "发件IP 192.0.2.23 在本系统的拒收名单中", "blocked"),
    # the site's list of refused senders, named by who keeps it, is no person's filter
    ("5.7.1", "Sender mail.shop.example blocked by KPT mail administrator (blocked senders list)", "rejected"),
    ("5.7.1", "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized; sender domain shop.example is on the blocked senders "
              "list of this organization", "rejected"),
    ("5.7.1", "550 5.7.1 Sender is on the recipient's blocked senders list", "filtered"),
])
def test_causes_of_the_fourth_batch(status, words, reason):
    assert decide(status=status, diagnostic=words, action="failed") == reason


def test_rows_between_a_row_with_its_own_reply_and_a_reply_below_share_that_reply():
    body = ("您发送的邮件未能投递给以下收件人：\n张伟（zhangwei@firm.example）（552 5.2.2 收件人邮箱空间已满）\n"
            "王芳（wangfang@firm.example）\n李强（liqiang@firm.example）\n对方服务器返回：554 5.7.1 发件IP 192.0.2.23 在本系统的拒收名单中\n")
    report = notice("系统退信 <postmaster@firm.example>", "系统退信", body, null=True)
    assert kind_and_reasons(report) == ("failed", [("zhangwei@firm.example", "mailbox_full"),
                                                   ("wangfang@firm.example", "blocked"), ("liqiang@firm.example", "blocked")])


def test_a_delisting_answer_is_no_report():
    body = ("Hello,\n\nThank you for your delisting request (ticket #DL-44102).\nThe IP address 192.0.2.23 has been released "
            "from our local blocklist.\nMessages that were rejected earlier will not be delivered automatically; please "
            "resend them.\n")
    report = notice("Postmaster <postmaster@isp.example>", "[DL-44102] Delisting completed", body)
    assert report.kind == "not_bounce"


def test_a_lure_about_messages_pending_in_our_outbox_is_no_report():
    body = ("<p>Message delivery failure for <b>bounces@shop.example</b></p><p>(5) outgoing messages could not be delivered "
            "and are pending in your outbox.</p><p><a href=\"https://x.example/sync\">Retry sending now</a></p>")
    report = classify(mail("From: Mail Delivery Subsystem <postmaster@mail-center.example>\nTo: bounces@shop.example\n"
                           "Subject: Undelivered Mail: (5) messages failed to deliver\nMIME-Version: 1.0\n"
                           "Content-Type: text/html; charset=utf-8\n", body))
    assert report.kind == "not_bounce"


@pytest.mark.parametrize("sender, body, kind", [
    ("Ricardo <ricardo@firm.example>", "YA BASTA. Me di de baja en octubre. BÓRRENME de su base de datos.\n", "unsubscribe"),
    ("Martin <martin@firm.example>", "Hola, no me quiero dar de baja, pero ¿cuál es el precio real?\n", "not_bounce"),
])
def test_spanish_pronominal_requests_and_their_negation(sender, body, kind):
    report = classify(mail(f"From: {sender}\nTo: news@shop.example\nSubject: Re: Ofertas\nIn-Reply-To: <nl.1@shop.example>\n"
                           f"{UTF8}", body))
    assert report.kind == kind


def test_a_spanish_desk_s_complaint_with_its_verb_first():
    body = ("Nuestro cliente titular de la casilla eva@firm.example denunció como correo no solicitado (SPAM) el mensaje que "
            "se adjunta a continuación.\n")
    report = classify(mail("From: Abuse Desk <abuse@isp.example>\nTo: abuse@shop.example\n"
                           f"Subject: [Ticket ABU-1] Denuncia de SPAM recibida de nuestro cliente\n{UTF8}", body))
    assert kind_and_reasons(report) == ("complaint", [("eva@firm.example", "complaint")])


@pytest.mark.parametrize("entry, words", [
    ("contact@firm.example le 16/01/2006 08:46",
     "Le système de messagerie de destination du destinataire est inconnu ou non valide. Le message n'a pas pu être remis."),
    ("contact@firm.example on 16/01/2006 08:46", "The destination e-mail system for the recipient is unknown or invalid."),
])
def test_exchange_2003_entries_in_french_and_english_are_read_with_their_lines(entry, words):
    # (Exchange 2000-2003: "<address> on <date>", localized "le" / "am" / "el", the reason indented below it)
    body = ("Votre message n'a pas pu être remis à certains ou à tous les destinataires.\n\n"
            "Impossible de joindre le(s) destinataire(s) suivant(s) :\n\n"
            f"      {entry}\n            {words}\n            <EXFRONT.firm.local #5.4.0>\n")
    report = notice("Administrateur système <postmaster@firm.example>", "Non remis : Nouveautés", body)
    assert kind_and_reasons(report) == ("failed", [("contact@firm.example", "host_unknown")])


def test_the_recipient_unknown_is_still_a_missing_mailbox():
    assert decide(status="5.1.1", diagnostic="Le destinataire est inconnu", action="failed") == "user_unknown"
    assert decide(status="5.1.1", diagnostic="The recipient is unknown", action="failed") == "user_unknown"


# ---- fifth batch ------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("entry, words, reason", [
    ("'anders@firm.example' den 2025-11-10 09:01", "Mottagarens e-postsystem är okänt eller ogiltigt.", "host_unknown"),
    ("anders@firm.example dne 13.11.2025 9:04", "Cílový e-mailový systém příjemce je neznámý nebo neplatný.", "host_unknown"),
    ("anders@firm.example dňa 26.11.2025 9:01", "Cieľový e-mailový systém príjemcu je neznámy alebo neplatný.", "host_unknown"),
    ("anders@firm.example el 18/11/2025 9:02",
     "El sistema de correu electrònic de destinació del destinatari és desconegut o no és vàlid.", "host_unknown"),
    # (the date alone after the address, as the Ukrainian and Finnish forms write it)
    ("anders@firm.example 05.12.2025 9:02", "Поштова система одержувача невідома або недійсна.", "host_unknown"),
    ("anders@firm.example 14.11.2025 8:01", "Sähköpostitiliä ei ole organisaatiossa, johon viesti lähetettiin.", "user_unknown"),
])
def test_exchange_2003_entries_in_more_languages(entry, words, reason):
    body = f"Det gick inte att nå följande mottagare:\n\n      {entry}\n            {words}\n            <EXCH01.firm.local #5.4.0>\n"
    report = notice("Systemadministratör <postmaster@firm.example>", "Olevererbart: Veckans erbjudanden", body)
    assert kind_and_reasons(report) == ("failed", [("anders@firm.example", reason)])


@pytest.mark.parametrize("words", [
    "Ditt meddelande har granskats av vår IT-administratör och har inte godkänts för leverans.",
    "Beskeden er gennemgået af listens moderator og afvist.",
    "Správce zprávu nepovolil k doručení, zpráva byla smazána.",
    "Адміністратор відмовив у його доставці.",
    "Το μήνυμά σας εξετάστηκε από τον διαχειριστή αλληλογραφίας και απορρίφθηκε.",
    "تمت مراجعة رسالتك وقد رفض المسؤول تسليمها.",
    "Pesan Anda telah ditinjau oleh administrator email kami dan ditolak untuk dikirim.",
    "Wiadomość została sprawdzona przez administratora poczty i nie została dopuszczona do doręczenia.",
    "İleti önce karantinaya alınmış, ardından sistem yöneticisi tarafından incelenerek reddedilmiştir.",
    "Mesajul a fost analizat de administratorul de e-mail și nu a fost aprobat pentru livrare.",
])
def test_reviews_that_said_no_in_more_languages(words):
    assert decide(status=None, diagnostic=words, action="failed") == "policy_violation"


@pytest.mark.parametrize("words", [
    "Съобщението ви очаква одобрение от модератора на списъка.",
    "El vostre missatge està pendent de l'aprovació del moderador.",
])
def test_list_holds_in_bulgarian_and_catalan(words):
    report = classify(mail("From: clenove-owner@lists.firm.example\nTo: bounces+clenove=lists.firm.example@shop.example\n"
                           f"Subject: Moderation\n{UTF8}", words + "\n"))
    assert [r.reason for r in report.recipients] == ["on_hold"]


def test_the_recipient_s_personal_mail_filter_is_the_person_s():
    words = "550 5.7.1 <m@firm.example>: Recipient address rejected: the recipient's personal mail filter refuses mail from this sender"
    assert decide(status="5.7.1", diagnostic=words, action="failed") == "filtered"
    # (the recipient's spam filter judges the content, never the person's choice)
    assert decide(status="5.7.1", diagnostic="550 5.7.1 Message rejected by the recipient's spam filter",
                  action="failed") == "spam_detected"


@pytest.mark.parametrize("body, kind", [
    # "the listing" of a block list is no list of ours: a delisting answer asks nothing
    ("Hello,\n\nYour removal request for 192.0.2.23 has been processed. The listing was caused by mail to spamtrap "
     "addresses; it has been removed and will expire from our mirrors within 30 minutes.\n", "not_bounce"),
    ("Please remove me from all of your lists. Thanks.\n", "unsubscribe"),
])
def test_the_list_is_a_word(body, kind):
    report = classify(mail("From: Eva <eva@firm.example>\nTo: postmaster@shop.example\nSubject: Re: Delisting request\n"
                           f"In-Reply-To: <x.1@shop.example>\n{UTF8}", body))
    assert report.kind == kind


def test_a_spanish_challenge_asking_to_register_is_a_challenge():
    body = ("Hola,\n\nPara evitar el correo basura solo acepto mensajes de remitentes registrados.\nSu mensaje está pendiente. "
            "Por favor, rellene este breve formulario para\nregistrarse y su mensaje me llegará inmediatamente:\n"
            "  http://mail.firm.example/registro?id=61234\n")
    report = classify(mail("From: Marta <marta@firm.example>\nTo: bounces+marta=firm.example@shop.example\n"
                           f"Subject: Verificación de remitente: Re: Ofertas\n{UTF8}", body))
    assert kind_and_reasons(report) == ("challenge", [("marta@firm.example", "challenge")])


@pytest.mark.parametrize("status, words, reason", [
    ("5.7.1", "Skolens e-postsystem tar kun imot e-post fra godkjente avsendere.", "policy_violation"),
    ("5.7.1", "Regionens e-postpolicy tillåter inte massutskick till personalens adresser.", "policy_violation"),
    ("5.7.0", "Skadelig innhold oppdaget i vedlegg (Heur.Macro.Downloader) - meldingen er avvist", "virus_detected"),
    ("4.3.2", "421 4.3.2 Tjenesten er midlertidig utilgjengelig pga. vedlikehold - prøv igjen senere", "system_error"),
])
def test_nordic_wordings_of_this_session(status, words, reason):
    assert decide(status=status, diagnostic=words, action="failed") == reason


def test_a_dutch_request_said_with_its_participle():
    body = "Hallo,\n\nIk wil graag afgemeld worden voor deze nieuwsbrief. Ik krijg er veel te veel.\n\nGroetjes Ria\n"
    report = classify(mail("From: Ria <ria@firm.example>\nTo: bounces@shop.example\nSubject: Re: Nieuwe collectie - AFMELDEN\n"
                           f"{UTF8}", body))
    assert kind_and_reasons(report) == ("unsubscribe", [("ria@firm.example", "unsubscribe")])


# ---- last batch ------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("words", [
    "Das Ziel-E-Mail-System für den Empfänger ist unbekannt oder ungültig.",
    "Il sistema di posta elettronica di destinazione del destinatario è sconosciuto o non valido.",
    "Mottakerens mål-e-postsystem er ukjent eller ugyldig.",
    "Adresāta galamērķa e-pasta sistēma nav zināma vai ir nederīga.",
    "受信者の宛先電子メール システムが不明か無効です。",
])
def test_the_destination_system_unknown_is_the_domain_in_more_languages(words):
    assert decide(status="5.4.0", diagnostic=words, action="failed") == "host_unknown"


@pytest.mark.parametrize("entry", [
    "milan@firm.example dana 26.3.2004. 12:40",
    "milan@firm.example 2004.03.24. 13:14",
])
def test_exchange_entries_with_serbian_dana_and_a_hungarian_date(entry):
    body = f"Sledeći primaoci nisu dostupni:\n\n      {entry}\n            The destination e-mail system for the recipient is unknown or invalid.\n"
    report = notice("Administrator <postmaster@firm.example>", "Neisporučeno", body)
    assert kind_and_reasons(report) == ("failed", [("milan@firm.example", "host_unknown")])


@pytest.mark.parametrize("body", [
    ("Din forespørsel til e-postlisten Styret\n    Innsending av meldingen din\ner vurdert av listemoderatoren og ble "
     "avslått.\n"),
    ("Votre message pour la liste, dont l'objet est « Promotions », a été examiné par un modérateur de la liste\net n'a pas "
     "été accepté pour diffusion.\n"),
    "A lista moderátora megvizsgálta és elutasította a levelét.\n",
    "您寄給郵遞論壇 members 的郵件已由論壇管理員審核，並決定不予發送。\n",
])
def test_a_list_moderator_s_refusal_in_more_languages(body):
    report = classify(mail("From: styret-owner@lists.firm.example\nTo: bounces+styret=lists.firm.example@shop.example\n"
                           f"Subject: Moderation\n{UTF8}", body))
    assert report.kind == "failed" and [r.reason for r in report.recipients] == ["rejected"]


@pytest.mark.parametrize("body", [
    "Meldingen din til 'Naboer' holdes tilbake til listemoderatoren har sett på den og godkjent den.\n",
    "Jūsu ziņojums sarakstam ir aizturēts un gaida moderatora apstiprinājumu.\n",
])
def test_list_holds_in_norwegian_and_latvian(body):
    report = classify(mail("From: naboer-owner@lists.firm.example\nTo: bounces+naboer=lists.firm.example@shop.example\n"
                           f"Subject: Moderation\n{UTF8}", body))
    assert [r.reason for r in report.recipients] == ["on_hold"]


def test_a_dutch_personal_block_list_beside_qmail_s_words_is_the_person_s():
    # (qmail's "does not like recipient" says only that the server refused at RCPT; the server's own words say whose list)
    body = ("Hi. This is the qmail-send program at mail.firm.example.\nI'm afraid I wasn't able to deliver your message to the "
            "following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<henk@firm.example>:\n"
            "192.0.2.211 does not like recipient.\nRemote host said: 550 De ontvanger heeft afzender news@shop.example op zijn "
            "persoonlijke blokkeerlijst gezet; bericht geweigerd\nGiving up on 192.0.2.211.\n")
    report = notice("MAILER-DAEMON@mail.firm.example", "failure notice", body, null=True)
    assert kind_and_reasons(report) == ("failed", [("henk@firm.example", "filtered")])
