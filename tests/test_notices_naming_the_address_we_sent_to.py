"""A mail system's notice in words no table holds, that names the very address our VERP bounce address encodes (thirty-sixth
session); the causes such notices give in more languages of Europe and Central Asia; a policy's notice that the message went
out all the same; a complaint whose copy was redacted but whose report keeps our envelope sender; a gateway that names a
block list after "Connection rejected by policy"; the forward blocks of more mail clients' languages.

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


def _system_notice(sender: str, recipient: str, subject: str, body: str, *, auto: str = "auto-replied",
                   to: str | None = None, extra: str = ""):
    headers = (f"From: {sender}\nTo: <{to or _verp(recipient)}>\nSubject: {subject}\nDate: Tue, 03 Dec 2024 10:00:00 +0100\n"
               f"Message-ID: <n1@{recipient.partition('@')[2]}>\n" + (f"Auto-Submitted: {auto}\n" if auto else "") + extra + UTF8)
    return classify(mail(headers, body))


# ---- what the words mean ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("diagnostic, reason", [
    # no such mailbox: Bosnian / Serbian Latin, Maltese, Faroese, Kazakh, Arabic ("this account does not exist")
    ("Greška: traženo poštansko sanduče ne postoji.", "user_unknown"),
    ("Il-kaxxa postali mitluba ma teżistix fuq dan is-server.", "user_unknown"),
    ("Feilur: eingin postkassi er til fyri hetta navnið.", "user_unknown"),
    ("Қате: алушының пошта жәшігі жоқ.", "user_unknown"),
    ("تعذر التسليم لأن الحساب غير موجود لدينا.", "user_unknown"),
    # a disabled account in Galician; a full mailbox in Belarusian
    ("A conta do destinatario foi desactivada polo administrador.", "suspended"),
    ("Паштовая скрыня карыстальніка перапоўнена.", "mailbox_full"),
    # the sender's daily limit in Czech and Irish
    ("Odesílatel dnes překročil denní limit odeslaných zpráv.", "rate_limited"),
    ("Tá an teorainn laethúil sáraithe ag an seoltóir.", "rate_limited"),
    # a silent server in Icelandic
    ("Póstþjónn fyrirtækisins svarar ekki.", "network_error"),
    # the system gave up, in Ukrainian and Kazakh
    ("Доставку скасовано: вичерпано максимальний час доставки.", "expired"),
    ("Повторні спроби зупинено.", "expired"),
    ("Хабар жіберілмеді, қайталап жіберу тоқтатылды.", "expired"),
    # the organisation's policy in Galician
    ("A mensaxe infrinxe a política de seguridade.", "policy_violation"),
    # the recipient's own filter in Basque and Luxembourgish
    ("Hartzaileak erabaki du zure mezuak ez jasotzea.", "filtered"),
    ("De Benotzer huet eng Filterregel agestallt.", "filtered"),
    # held for review in Catalan and Bulgarian
    ("El missatge s'ha retingut en quarantena.", "on_hold"),
    ("Писмото е задържано за проверка.", "on_hold"),
    # a gateway's own "Connection rejected by policy" before the block list it names: the list decides; Symantec's own
    # reply ("[7.7]") is its reputation service
    ("550 5.7.1 Connection rejected by policy: 192.0.2.7 listed at b.barracudacentral.org", "blocked"),
    ("501 Connection rejected by policy [7.7] 20805, please visit www.symanteccloud.com/troubleshooting", "bad_reputation"),
    # an MTA-STS policy (RFC 8461) that does not permit the MX; a TLS negotiation that failed, in Exchange's run-together words
    ("MTA-STS: mx2.firma.example is not permitted by the domain's enforce policy", "failed_starttls"),
    ("451 4.4.317 Cannot connect to remote server [Message=TlsNegotiationFailed: the certificate is invalid]",
     "failed_starttls"),
    # a provider's policy heading beside the rate of our IP: the rate is the cause
    ("421-Reject due to policy restrictions: temporary rate limit for your IP (192.0.2.15) exceeded.", "rate_limited"),
])
def test_the_words_decide(diagnostic: str, reason: str) -> None:
    assert decide(status=None, diagnostic=diagnostic) == reason


# ---- the recipient's own mail system names the address our VERP address encodes ------------------------------------
@pytest.mark.parametrize("sender, recipient, subject, body, reason", [
    # Bosnian: "your message for x@ was not delivered; reason: the mailbox does not exist"
    ("Sistem e-pošte <postmaster@firma.example.ba>", "emina@firma.example.ba", "Obavještenje o poruci",
     "Vaša poruka za emina@firma.example.ba nije isporučena.\nRazlog: poštansko sanduče ne postoji.\n", "user_unknown"),
    # Irish: "your message to x@ was not delivered; the sender exceeded the daily limit"
    ("Córas Ríomhphoist <postmaster@gnolacht.example.ie>", "aoife@gnolacht.example.ie", "Teachtaireacht",
     "Níor seachadadh do theachtaireacht chuig aoife@gnolacht.example.ie.\nCúis: sháraigh tú an teorainn laethúil.\n",
     "rate_limited"),
    # Basque, the cause in its own words
    ("Posta zerbitzua <mailer-daemon@enpresa.example.eus>", "ane@enpresa.example.eus", "Mezua",
     "Zure mezua ez zaio ane@enpresa.example.eus helbideari entregatu.\nArrazoia: hartzaileak erabaki du mezu hauek ez "
     "jasotzea.\n", "filtered"),
])
def test_a_system_of_the_recipients_organisation_names_the_address_we_wrote_to(sender, recipient, subject, body,
                                                                              reason) -> None:
    assert kind_and_reasons(_system_notice(sender, recipient, subject, body)) == ("failed", [(recipient, reason)])


def test_a_security_product_names_it_in_russian() -> None:
    """Kaspersky-like: "a malicious object was found in the message you sent; it was deleted", its recipient in a field."""
    report = _system_notice("Kaspersky Security <kse@zavod.example.kz>", "buh@zavod.example.kz", "Обнаружен вирус",
                            "В отправленном вами сообщении обнаружен вредоносный объект. Сообщение удалено.\n\n"
                            "Получатель: buh@zavod.example.kz\nВердикт: Trojan.Generic\n", auto="auto-generated")
    assert kind_and_reasons(report) == ("failed", [("buh@zavod.example.kz", "virus_detected")])


def test_our_own_sender_under_a_label_no_table_holds_is_not_the_recipient() -> None:
    """Belarusian "Адпраўшчык:" (sender) names our address; the address our VERP encodes is the one it speaks of."""
    report = _system_notice("Паштовая служба <mailer-daemon@posta.example.by>", "ales@posta.example.by",
                            "Ліст не дастаўлены", "Ваш ліст да ales@posta.example.by не быў дастаўлены.\n\n"
                            "Прычына: паштовая скрыня адрасата перапоўнена.\n\nАдпраўшчык: news@news.shop.example\n",
                            auto="auto-generated")
    assert kind_and_reasons(report) == ("failed", [("ales@posta.example.by", "mailbox_full")])


@pytest.mark.parametrize("case", ["no_cause", "success_subject", "not_automatic", "other_address", "plain_to", "reply"])
def test_what_is_not_such_a_notice(case: str) -> None:
    recipient = "eva@firma.example.is"
    sender, subject = "Póstþjónn <postmaster@firma.example.is>", "Tilkynning"
    # (Icelandic: "your message to x@ was not delivered: the recipient's mail server does not answer")
    body = f"Skilaboðin þín til {recipient} voru ekki afhent.\nÁstæða: póstþjónn viðtakanda svarar ekki.\n"
    kwargs: dict = {}
    if case == "no_cause":
        body = f"Skilaboðin þín til {recipient} hafa verið afhent.\n"  # (delivered, in words no table holds: no cause read)
    elif case == "success_subject":
        subject = "Delivered: June news"  # a success notice says so
    elif case == "not_automatic":
        kwargs["auto"] = ""  # neither Auto-Submitted nor a null return path: perhaps a person's words
    elif case == "other_address":
        body = "Þetta pósthólf er ekki lesið. Skrifið til support@firma.example.is.\n"  # the account's own auto-reply
    elif case == "plain_to":
        kwargs["to"] = f"bounces@{OURS}"  # no VERP address: nothing says which address we wrote to
    else:
        kwargs["extra"] = "In-Reply-To: <a1@news.shop.example>\n"
        subject = "Re: June news"
    report = _system_notice(sender, recipient, subject, body, **kwargs)
    assert (report.kind, [r.address for r in report.recipients]) != ("failed", [recipient])


# ---- a policy's notice that the message went out all the same ---------------------------------------------------------
@pytest.mark.parametrize("outcome", ["Action taken: Notify sender. The message was delivered.",
                                     "No blocking action was taken; the message was sent.",
                                     "Response: monitor only. The message was allowed to pass and has been delivered.",
                                     "Action: Permitted"])
def test_a_policy_notice_of_a_message_that_went_out_is_no_failure(outcome: str) -> None:
    report = classify(mail(f"From: Microsoft Outlook <postmaster@{OURS}>\nTo: <marketing@{OURS}>\n"
                           f"Subject: Policy notification\nAuto-Submitted: auto-generated\n{UTF8}",
                           "Your email message conflicts with a policy in your organization.\n\n"
                           "Recipients: buyer@partner.example.de\nPolicy: Data Loss Prevention - Financial Data\n"
                           f"{outcome}\n"))
    assert report.kind == "not_bounce" and report.recipients == []


def test_a_policy_that_blocked_the_message_still_fails_it() -> None:
    report = classify(mail(f"From: Mail Delivery System <postmaster@partner.example.de>\nTo: <{_verp('buyer@partner.example.de')}>\n"
                           f"Subject: Undeliverable: June news\nAuto-Submitted: auto-replied\n{UTF8}",
                           "Your message to buyer@partner.example.de was blocked by a Data Loss Prevention policy of the "
                           "recipient's organization.\n"))
    assert kind_and_reasons(report) == ("failed", [("buyer@partner.example.de", "policy_violation")])


# ---- a complaint whose copy was redacted ------------------------------------------------------------------------------
def _arf(original_mail_from: str, return_path: str) -> bytes:
    return mail(
        "From: Feedback Loop <fbl@isp.example>\nTo: fbl@news.shop.example\nSubject: Abuse report\nMIME-Version: 1.0\n"
        'Content-Type: multipart/report; report-type=feedback-report; boundary="b"\n',
        "--b\nContent-Type: text/plain\n\nA customer marked this message as spam.\n\n"
        "--b\nContent-Type: message/feedback-report\n\nFeedback-Type: abuse\nUser-Agent: FBL/1.0\nVersion: 1\n"
        f"Original-Mail-From: <{original_mail_from}>\nArrival-Date: Mon, 09 Dec 2024 14:01:49 -0600\n\n"
        f"--b\nContent-Type: message/rfc822\n\nReturn-Path: <{return_path}>\nFrom: news@news.shop.example\n"
        "To: redacted@isp.example\nSubject: June news\n\nHello\n\n--b--\n")


def test_the_reports_original_mail_from_names_the_complainer_where_the_copy_was_redacted() -> None:
    report = classify(_arf(_verp("jo@isp.example"), "bounces+[redacted]=isp.example@news.shop.example"))
    assert kind_and_reasons(report) == ("complaint", [("jo@isp.example", "complaint")])


def test_a_redacted_verp_address_names_no_one() -> None:
    report = classify(_arf("bounces+xxxxxx=isp.example@news.shop.example", "bounces+[redacted]=isp.example@news.shop.example"))
    assert report.kind == "complaint" and [r.address for r in report.recipients] == [None]


# ---- forward blocks in more languages ---------------------------------------------------------------------------------
@pytest.mark.parametrize("sender_label, subject_label", [("De la", "Subiect"), ("Frá", "Efni"), ("De", "Assumpte")])
def test_a_colleagues_forward_with_its_block_in_more_languages(sender_label: str, subject_label: str) -> None:
    report = classify(mail(
        f"From: Ana Pop <ana.pop@{OURS}>\nTo: <bounces@{OURS}>\nSubject: Fwd: Undelivered Mail Returned to Sender\n{UTF8}",
        "Can you look at this one?\n\n---------- Forwarded message ---------\n"
        f"{sender_label}: Mail Delivery System <MAILER-DAEMON@mx.{OURS}>\n"
        f"{subject_label}: Undelivered Mail Returned to Sender\n\n"
        "This is the mail system at host mx.news.shop.example.\n\n"
        "<ion@firma.example.ro>: host mx.firma.example.ro[192.0.2.9] said: 550 5.1.1 <ion@firma.example.ro>: "
        "Recipient address rejected: User unknown in local recipient table (in reply to RCPT TO command)\n"))
    assert kind_and_reasons(report) == ("failed", [("ion@firma.example.ro", "user_unknown")])


def test_such_a_notice_to_our_verp_address_that_went_out_all_the_same_is_no_failure() -> None:
    report = _system_notice("DLP <dlp-noreply@holding.example>", "t.ade@holding.example", "DLP notification",
                            "Data Loss Prevention\nRecipient: t.ade@holding.example\nPolicy: card data\n"
                            "The message was allowed to pass and has been delivered.\n", auto="auto-generated")
    assert report.kind == "not_bounce"


# ---- challenges and desks' complaints in more languages ----------------------------------------------------------------
@pytest.mark.parametrize("body", [
    # Icelandic: "I take only e-mail from confirmed senders ... until you confirm that you are a real person"
    "Ég tek aðeins við tölvupósti frá staðfestum sendendum. Skilaboðin þín til mín bíða þar til þú staðfestir að þú "
    "sért raunveruleg manneskja: https://verify.example.is/c/1\n",
    # Belarusian: "I take letters only from checked senders. Your letter waits until you confirm you are a real person"
    "Я прымаю лісты толькі ад правераных адпраўшчыкоў. Ваш ліст чакае, пакуль вы не пацвердзіце, што вы сапраўдны "
    "чалавек: https://check.example.by/v/1\n",
])
def test_challenges_in_icelandic_and_belarusian(body: str) -> None:
    report = classify(mail(f"Return-Path: <>\nFrom: Sigrun <sigrun@heimili.example.is>\nTo: <{_verp('sigrun@heimili.example.is')}>\n"
                           f"Subject: Staðfesting\nAuto-Submitted: auto-replied\n{UTF8}", body))
    assert report.kind == "challenge"


@pytest.mark.parametrize("body, address", [
    # Galician: "we received a complaint from one of our subscribers about a message ... Subscriber's address: x@"
    ("Recibimos unha queixa dun dos nosos subscritores a respecto dunha mensaxe do voso sistema.\n\n"
     "Enderezo do subscritor: brais@isp.example.gal\n", "brais@isp.example.gal"),
    # Catalan: "we have received a complaint from one of our subscribers about a message ... The subscriber's address: x@"
    ("Hem rebut una queixa d'un dels nostres abonats sobre un missatge enviat des del vostre sistema.\n\n"
     "Adreça de l'abonat: pau@isp.example.cat\n", "pau@isp.example.cat"),
    # Kazakh: "we received a complaint from one of our users about a letter sent from your system. The user's address: x@"
    ("Біз пайдаланушыларымыздың бірінен сіздің жүйеңізден жіберілген хат туралы шағым алдық.\n\n"
     "Пайдаланушының мекенжайы: dana@isp.example.kz\n", "dana@isp.example.kz"),
])
def test_desks_complaints_in_galician_catalan_and_kazakh(body: str, address: str) -> None:
    report = classify(mail(f"From: Abuse desk <abuse@{address.partition('@')[2]}>\nTo: <abuse@{OURS}>\nSubject: Spam\n{UTF8}", body))
    assert kind_and_reasons(report) == ("complaint", [(address, "complaint")])
