"""Administrators' words for people gone, allow lists, and an organisation's rule on who may write.

Each case is a wording written for the rule it tests (none copied from a sample): what the words
mean decides, whatever code a site's rule sends them with.
"""
from __future__ import annotations

import pytest

from filter import classify
from filter.core.classifier import decide
from shapes import mail


@pytest.mark.parametrize("status, diagnostic, reason", [
    # the person retired from the place, or died; people who left and no longer have an account
    ("5.0.0", "550 5.0.0 <p.quill@firm.example>... Ms Quill retired from the practice in May. Please write to "
              "office@firm.example", "user_unknown"),
    ("5.0.0", "550 5.0.0 <r.dunn@host.example>... deceased", "user_unknown"),
    ("5.7.1", "550 5.7.1 Students who have left the college no longer have an email account.", "user_unknown"),
    # an allow list of the recipient's own, and a person who wants none of it
    ("5.7.1", "550 5.7.1 <jo@isp.example>: Recipient address rejected: Sender not in recipient's whitelist",
     "filtered"),
    ("5.7.1", "550 5.7.1 Message refused by the recipient's personal allow list: sender not approved by "
              "<jo@isp.example>", "filtered"),
    ("5.7.1", "550 5.7.1 Recipient doesn't want your mail", "filtered"),
    ("5.0.0", "550 This recipient does not accept mail from mailing lists", "filtered"),
    ("5.7.1", "550 5.7.1 This pupil's account can only receive email from approved senders.", "filtered"),
    (None, "550 Werbung und Newsletter sind an dieser Adresse nicht erwünscht.", "filtered"),
    ("5.7.1", "550 5.7.1 Ich nehme keine E-Mails von unbekannten Absendern an.", "filtered"),
    # a mailbox switched off for a time, the cause between (German), a hosting suspended (Polish)
    ("5.7.1", "550 5.7.1 Das Postfach ist während der Elternzeit vorübergehend deaktiviert.", "suspended"),
    (None, "550 Domena zawieszona - brak opłaty za hosting.", "suspended"),
    # the address to use from now on (Dutch, Portuguese)
    ("5.1.6", "550 5.1.6 Dit adres is opgeheven. Gebruik voortaan secretariaat@vereniging.example", "has_moved"),
    ("5.1.6", "550 5.1.6 Mevrouw Smit is voortaan bereikbaar op a.smit@mail.example", "has_moved"),
    (None, "551 Utilizador mudou de endereço: use j.silva@novo.example", "has_moved"),
    # Microsoft's heading before a mail flow rule's own words, ended by a full stop
    ("5.7.1", "550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy. This mailbox "
              "is no longer in use.", "user_unknown"),
    # the rate said in words; a code of Outlook.com's series that is not a block-list code does not outrank them
    ("4.7.652", "451 4.7.652 The mail server [192.0.2.8] has exceeded the maximum number of connections. (S3115)",
     "rate_limited"),
    ("5.7.1", "550 5.7.1 Unfortunately, messages from [192.0.2.8] weren't sent. Please contact your Internet service "
              "provider since part of their network is on our block list (S3150).", "blocked"),
    # an organisation's rule on who may write to its addresses: a receiving policy, our address outside it
    ("5.7.1", "554 5.7.1 <rota@hospital.example>: Recipient address rejected: This mailbox only accepts mail from "
              "within the Trust", "policy_violation"),
    ("5.7.1", "550 5.7.1 Only internal senders may write to payroll@firm.example", "policy_violation"),
])
def test_the_words_decide(status: str | None, diagnostic: str, reason: str) -> None:
    assert decide(status=status, diagnostic=diagnostic, action="failed") == reason


@pytest.mark.parametrize("status, diagnostic, reason", [
    # a server retired from a cluster is no person who left the firm (RFC 3463 X.3.2: the system takes no mail now)
    ("4.3.2", "451 4.3.2 This server was retired from the cluster; please try again later", "not_accept"),
    # a list's own members are the sender's right (Sisimai: "by non-member to a members-only list")
    ("5.7.1", "550 5.7.1 Only members of chess-club may post to this list.", "rejected"),
    # our own sending account disabled is ours, not the recipient's
    ("5.7.1", "550 5.7.1 Your sending account is deactivated during the audit", "rejected"),
    # a block list of the recipient's is still a block by the person (filtered); one of the site's a block of us
    ("5.7.1", "554 5.7.1 Service unavailable; Client host [192.0.2.8] blocked using zen.spamhaus.org", "blocked"),
])
def test_what_the_words_are_not(status: str | None, diagnostic: str, reason: str) -> None:
    assert decide(status=status, diagnostic=diagnostic, action="failed") == reason


@pytest.mark.parametrize("status, diagnostic, reason", [
    # our organisation, our kind of address or our own address refused: the sender (``rejected``)
    ("5.0.0", "550 5.0.0 <lists@sender.example>... Mail from your organisation is not accepted here", "rejected"),
    ("5.7.1", "550 5.7.1 Mail from freemail addresses (gmail, hotmail) is not accepted by the parish council.",
     "rejected"),
    ("5.7.1", "550 5.7.1 Nachrichten von Ihrer Absenderadresse werden von der Gemeinde nicht angenommen.", "rejected"),
    # the servers of our country: our host (``blocked``)
    ("5.7.1", "550 5.7.1 Access denied - we do not accept mail from servers in your country", "blocked"),
    # a refusal under a named organisation's policy
    ("5.7.1", "550 5.7.1 Message blocked by university policy. If you think this is an error, forward this bounce "
              "to postmaster@uni.example", "policy_violation"),
    # the recipient's personal block list naming our address
    ("5.7.1", "550 5.7.1 <ann@home.example>... Recipient does not accept mail from <news@shop.example> (personal "
              "block list)", "filtered"),
    # new addresses in German and French, the person's own
    ("5.0.0", "550 Diese Adresse ist nicht mehr gültig. Neue Adresse: p.keller@neu.example", "has_moved"),
    ("5.0.0", "550 L'adresse n'est plus utilisée. Veuillez écrire désormais à m.dubois@nouveau.example", "has_moved"),
    # suspended in Spanish and Ukrainian, a person dismissed in Russian
    ("5.2.1", "550 5.2.1 <f@estudio.example>: La cuenta de correo del destinatario se encuentra suspendida",
     "suspended"),
    ("5.2.1", "550 5.2.1 Скриньку заблоковано адміністратором", "suspended"),
    ("5.0.0", "550 Сотрудник уволен.", "user_unknown"),
    # a scanner's signature name holding "Phishing" is the scanner's find; words judging the text a phishing attempt
    # are fraud content
    ("5.0.0", "550 Pesan Anda mengandung virus (Trojan.PDF.Phishing) dan ditolak oleh server kami", "virus_detected"),
    ("5.7.1", "550 5.7.1 Message classified as a phishing attempt", "spam_detected"),
])
def test_more_words_decide(status: str | None, diagnostic: str, reason: str) -> None:
    assert decide(status=status, diagnostic=diagnostic, action="failed") == reason


@pytest.mark.parametrize("output, reason", [
    ("Dieses Postfach ist geschlossen. Der Verein wurde aufgelöst.", "user_unknown"),
    ("Mailbox full, please try another address", "mailbox_full"),
    ("Ich nehme keine E-Mails von unbekannten Absendern an.", "filtered"),
])
def test_a_delivery_filters_refusal_is_read_for_its_words(output: str, reason: str) -> None:
    """maildrop's or procmail's EXITCODE 77 (EX_NOPERM): Postfix's pipe(8) reports "permission denied" at 5.7.0 with
    the filter's text after "Command output:"; the text is the refusal."""
    assert decide(status="5.7.0", diagnostic=f"permission denied. Command output: {output}", action="failed",
                  diag_type="x-unix") == reason


def test_a_delivery_program_that_failed_stays_a_mailer_error() -> None:
    assert decide(status="5.3.0", diagnostic="Command died with status 1: \"/usr/bin/maildrop\". Command output: "
                  "maildrop: Unable to open mailbox.", action="failed", diag_type="x-unix") == "mailer_error"


def test_sendmail_names_a_recipients_own_line_after_another_recipients_session() -> None:
    """The transcript quotes one server's refusal of our IP; the second recipient's own line says its host was not
    reached: that recipient was deferred for it, the other's reply is not its."""
    data = mail("""From: Mail Delivery Subsystem <MAILER-DAEMON@mail.sender.example>
To: <news@sender.example>
Subject: Returned mail: see transcript for details
MIME-Version: 1.0
Content-Type: text/plain
""", """The original message was received at Wed, 10 Apr 2024 10:00:02 -0400

   ----- The following addresses had permanent fatal errors -----
<pat@one.example>
    (reason: 550 5.7.1 Mail from 192.0.2.41 refused - see http://www.spamcop.net/bl.shtml?192.0.2.41)

   ----- The following addresses had transient non-fatal errors -----
<dee@two.example>

   ----- Transcript of session follows -----
... while talking to mail.one.example.:
>>> MAIL From:<news@sender.example> SIZE=2410
<<< 550 5.7.1 Mail from 192.0.2.41 refused - see http://www.spamcop.net/bl.shtml?192.0.2.41
554 5.0.0 Service unavailable
<dee@two.example>... Deferred: Connection refused by mx.two.example.
""")
    got = {r.address: r.reason for r in classify(data).recipients}
    assert got["pat@one.example"] == "blocked"
    assert got["dee@two.example"] in ("network_error", "expired")  # its host not reached (and given up on)


def test_an_abuse_desks_spam_complaint_in_its_own_words() -> None:
    data = mail("""From: Abuse Team <abuse@isp.example>
To: abuse@sender.example
Subject: Spam complaint [AB-2093] - 192.0.2.23
MIME-Version: 1.0
Content-Type: text/plain
""", """Dear Abuse Team,

One of our customers has reported receiving the unsolicited bulk email below from your network
(192.0.2.23). Please remove the recipient <g.mac@isp.example> from your lists.

----- Reported message headers -----
From: Deals <deals@sender.example>
To: g.mac@isp.example
Subject: Last-minute flights
""")
    report = classify(data)
    assert report.kind == "complaint"
    assert [r.address for r in report.recipients] == ["g.mac@isp.example"]


def test_a_german_sender_confirmation_names_the_protected_address() -> None:
    data = mail("""From: Absenderbestaetigung <verify@spamschutz.kanzlei.example>
To: bounce-7@sender.example
Subject: =?UTF-8?Q?Bitte_best=C3=A4tigen_Sie_Ihre_Absenderadresse?=
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
""", """Guten Tag,

Sie haben eine E-Mail an buchhaltung@kanzlei.example gesendet.
Dieses Postfach nimmt Nachrichten von unbekannten Absendern erst nach einer einmaligen Bestätigung an.
Bitte lösen Sie die kurze Sicherheitsabfrage, um zu zeigen, dass Sie ein Mensch sind:

https://spamschutz.kanzlei.example/confirm/abc123

Ihre Nachricht wird 7 Tage lang zurückgehalten und danach gelöscht, falls keine Bestätigung erfolgt.
""")
    report = classify(data)
    assert report.kind == "challenge"
    assert [r.address for r in report.recipients] == ["buchhaltung@kanzlei.example"]


def test_tmda_with_plus_as_its_delimiter_protects_the_user() -> None:
    data = mail("""From: jens-confirm+1741680197.18182.bf00f6@kvist.example
To: bounce-9@sender.example
Subject: Re: Your reading list
X-Delivery-Agent: TMDA/1.1.12 (Macallan)
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain
""", """This message was created automatically by mail delivery software (TMDA).

Your message attached below is being held because the address <bounce-9@sender.example> has not been verified.
To release your message for delivery, please send an empty message to the following address.

   jens-confirm+1741680197.18182.bf00f6@kvist.example

This confirmation verifies that your message is legitimate and not junk-mail. You should only have to confirm
your address once.
""")
    report = classify(data)
    assert report.kind == "challenge"
    assert [r.address for r in report.recipients] == ["jens@kvist.example"]


@pytest.mark.parametrize("status, diagnostic, reason", [
    # a ClamAV signature with its verdict, whatever words the signature's name holds
    ("5.7.1", "550 5.7.1 Blocked: Sanesecurity.Phishing.Bank.7734.UNOFFICIAL FOUND", "virus_detected"),
    # TLS versions the server no longer speaks: retired versions are no person who retired
    ("5.7.0", "554 5.7.0 TLS 1.0 and TLS 1.1 have been retired on this server. Please connect using TLS 1.2 or newer.",
     "failed_starttls"),
    ("5.0.0", "550 Margaret retired on 30 June. Please contact the office.", "user_unknown"),
    # the person refuses it, or set a filter of their own
    ("5.7.1", "550 5.7.1 Recipient refuses mail from this sender.", "filtered"),
    ("5.7.1", "550 5.7.1 Mail from this address is not wanted by the recipient.", "filtered"),
    ("5.7.1", "550 5.7.1 Rejected by a filter the mailbox owner created", "filtered"),
    ("5.7.1", "553 5.7.1 g.rossi@posta.example has blocked mail from your address", "filtered"),
    # refused under the named organisation's policy, in German
    ("5.7.1", "550 5.7.1 Abgelehnt gemäß Richtlinie des Klinikums: externe Links sind nicht erlaubt", "policy_violation"),
])
def test_still_more_words_decide(status: str | None, diagnostic: str, reason: str) -> None:
    assert decide(status=status, diagnostic=diagnostic, action="failed") == reason


def test_the_person_refusing_newsletters_by_their_own_filter_in_german() -> None:
    text = "550 Die Empfängerin nimmt keine Newsletter mehr an (persönlicher Mailfilter)."
    assert decide(status=None, diagnostic=text, action="failed") == "filtered"


def test_a_german_abuse_desk_forwarding_its_customers_complaint() -> None:
    data = mail("""From: Abuse-Team KabelNet <abuse@kabelnet.example>
To: abuse@sender.example
Subject: [ABUSE-118842] Spam-Beschwerde: Ihre Mail an einen unserer Kunden
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
""", """Sehr geehrte Damen und Herren,

einer unserer Kunden hat sich über die unten angehängte E-Mail beschwert, die von Ihrem System
(192.0.2.37) versandt wurde.

Wir bitten Sie, den Empfänger ulrike.haag@kabelnet.example aus Ihren Verteilern zu entfernen.

----- Beschwerde -----
From: Angebote <angebote@sender.example>
To: ulrike.haag@kabelnet.example
Subject: Ihr Angebot der Woche
""")
    report = classify(data)
    assert report.kind == "complaint"
    assert [r.address for r in report.recipients] == ["ulrike.haag@kabelnet.example"]


def test_sendmail_keeps_the_quoted_reply_of_a_session_about_the_recipient() -> None:
    """The transcript's session names the recipient (">>> RCPT To:<x>"): its quoted reply is the recipient's, and
    Sendmail's own summary line after it ("... User unknown") yields to it."""
    data = mail("""From: Mail Delivery Subsystem <MAILER-DAEMON@mail.sender.example>
To: <news@sender.example>
Subject: Returned mail: see transcript for details
MIME-Version: 1.0
Content-Type: text/plain
""", """   ----- The following addresses had permanent fatal errors -----
<ted@mail.example>
    (reason: 550 5.2.1 Mailbox unavailable. Your mail has been rejected because the account is disabled.)

   ----- Transcript of session follows -----
... while talking to mx.mail.example.:
>>> RCPT To:<ted@mail.example>
<<< 550 5.2.1 Mailbox unavailable. Your mail has been rejected because the account is disabled.
550 5.1.1 <ted@mail.example>... User unknown
""")
    assert [(r.address, r.reason) for r in classify(data).recipients] == [("ted@mail.example", "suspended")]


def test_exchange_rule_reason_in_the_administrators_section_says_why() -> None:
    """The Diagnostic-Code holds Exchange's default words for a mail flow rule's rejection only; the NDR's section
    for administrators quotes the same rule with the reason its administrator wrote."""
    data = mail("""From: Microsoft Outlook <postmaster@firm.onmicrosoft.example>
To: <news@sender.example>
Subject: Undeliverable: Week 37 news
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b"
""", """--b
Content-Type: text/plain; charset="utf-8"

Delivery has failed to these recipients or groups:

mette.hansen@firm.example
Mette Hansen has left the company and this mailbox has been deleted.

Diagnostic information for administrators:

Generating server: AS8PR05MB9911.eurprd05.prod.outlook.example

mette.hansen@firm.example
#550 5.7.1 TRANSPORT.RULES.RejectMessage; Mette Hansen has left the company and this mailbox has been deleted. ##

--b
Content-Type: message/delivery-status

Reporting-MTA: dns; AS8PR05MB9911.eurprd05.prod.outlook.example

Final-Recipient: rfc822; mette.hansen@firm.example
Action: failed
Status: 5.7.1
Diagnostic-Code: smtp; 550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy

--b--
""")
    [r] = classify(data).recipients
    assert (r.address, r.reason, r.class_) == ("mette.hansen@firm.example", "user_unknown", "hard")


def test_norwegian_mailbox_full_with_its_owner_named() -> None:
    assert decide(status="4.2.2", diagnostic="452 4.2.2 Postkassen til mottakeren er full", action="delayed") \
        == "mailbox_full"


@pytest.mark.parametrize("status, diagnostic, reason", [
    # people gone, said the way administrators type it (no umlaut), and addresses no longer active (Italian)
    ("5.7.1", "550 5.7.1 Herr Meier hat das Buero zum 30.09. verlassen. Bitte wenden Sie sich an info@firma.example",
     "user_unknown"),
    (None, "550 Indirizzo non piu attivo. Scrivete a biglietteria@teatro.example", "user_unknown"),
    # a mailbox renamed, the person reachable at a new address; a practice that changed its mail address (French)
    ("5.7.1", "550 5.7.1 Mailbox renamed. Joy Okafor can now be reached at joy@labs.example.", "has_moved"),
    ("5.0.0", "550 5.0.0 Le cabinet a changé d'adresse mail. Consultez notre site pour la nouvelle adresse.",
     "has_moved"),
    # switched off for a time (Italian), an address locked (German)
    ("5.2.1", "550 5.2.1 Casella temporaneamente disattivata (maternità).", "suspended"),
    (None, "550 Adresse gesperrt", "suspended"),
    # an organisation's rule on who may write, said other ways
    ("5.7.1", "550 5.7.1 Este endereço só aceita mensagens de fornecedores registados.", "policy_violation"),
    ("5.7.1", "550 5.7.1 Lista interna. Solo personal del teatro puede escribir.", "policy_violation"),
    (None, "550 Mail to this address is restricted to our concert promoters.", "policy_violation"),
    ("5.7.1", "550 5.7.1 Only Academy staff and registered parents may write to student accounts.",
     "policy_violation"),
    # kinds of mail and attachments refused (French, Italian), a policy named (Portuguese)
    (None, "554 Nous n'acceptons pas les lettres d'information commerciales à cette adresse.", "policy_violation"),
    (None, "550 Messaggio rifiutato: allegati eseguibili non ammessi", "policy_violation"),
    ("5.7.1", "550 5.7.1 Mensagem rejeitada pela política da Orquestra.", "policy_violation"),
    # a size limit with its figure, a relay refused (Italian), TLS required (Dutch)
    (None, "552 Satellite link: max 2 MB per message including attachments.", "message_too_large"),
    ("5.7.1", "553 spiacente, questo server non fa relay per il suo dominio (#5.7.1)", "no_relaying"),
    ("5.7.3", "451 5.7.3 Versleuteling verplicht: alleen mail via TLS 1.2 of hoger.", "failed_starttls"),
])
def test_administrators_words_in_their_languages(status: str | None, diagnostic: str, reason: str) -> None:
    assert decide(status=status, diagnostic=diagnostic, action="failed") == reason


def test_a_rate_limit_kept_up_until_the_queue_expired_is_expired() -> None:
    """RFC 3463 X.4.7 "delivery time expired" in the final report's status, beside the server's last temporary
    answer (a rate limit): the sending MTA gave up; the same answer in a delay warning stays the rate."""
    text = "421 Too many concurrent SMTP connections from this IP address; please try again later."
    assert decide(status="4.4.7", diagnostic=text, action="failed") == "expired"
    assert decide(status="4.7.0", diagnostic=text, action="delayed") == "rate_limited"


def test_an_address_in_the_reply_qmail_quotes_is_a_word_of_it() -> None:
    data = mail("""From: MAILER-DAEMON@qm1.sender.example
To: bounce@sender.example
Subject: failure notice
""", """Hi. This is the qmail-send program at qm1.sender.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<jan@vet.example>:
192.0.2.22 does not like recipient.
Remote host said: 550 Dit adres is opgeheven. Voor de praktijk: info@vet.example
Giving up on 192.0.2.22.

--- Below this line is a copy of the message.

From: news@sender.example
To: jan@vet.example
""")
    assert [(r.address, r.reason) for r in classify(data).recipients] == [("jan@vet.example", "user_unknown")]


@pytest.mark.parametrize("status, diagnostic, reason", [
    # people gone: a place named after "hat ... verlassen", Austrian "in Pension"; never a message that left a system
    (None, "550 Gregor hat Radio Nordwelle verlassen - Mails an diese Adresse werden nicht weitergeleitet.",
     "user_unknown"),
    (None, "550 Johann Ortner ist in Pension. Bitte an office@amt.example", "user_unknown"),
    # new addresses: "Address changed", "is now <a>", German "Neue Adressen:", Polish "przeniesiona na <a>"
    (None, "550 Address changed!! The club captain is now captain@club.example - please update your address book",
     "has_moved"),
    (None, "550 Die Domain alt.example wird nicht mehr benutzt. Neue Adressen: vorname@neu.example", "has_moved"),
    ("5.1.6", "550 5.1.6 <k@firma.example>: Ksiegowosc przeniesiona na faktury@logistics.example", "has_moved"),
    # away on a retreat until a date, taking no mail meanwhile
    (None, "550 Sister Anne is on a silent retreat until 30 June and receives no e-mail during this time.",
     "suspended"),
    # our domain blocked by the organisation's administrator, named between
    ("5.7.1", "550 5.7.1 Mail from your domain has been blocked by the Farmacias Sol administrator.", "rejected"),
    # an organisation's rule on who may write, in Spanish, German, Dutch, Italian, Polish and English
    ("5.7.1", "550 5.7.1 Este buzón solo acepta correo de laboratorios y proveedores autorizados.", "policy_violation"),
    ("5.7.1", "550 5.7.1 Diese Adresse nimmt nur Nachrichten von Gerichten und Behörden an.", "policy_violation"),
    ("5.7.1", "550 5.7.1 Dit adres accepteert alleen berichten van geregistreerde ouders.", "policy_violation"),
    (None, "550 Questa casella riceve solo posta dai soci del Circolo.", "policy_violation"),
    ("5.7.1", "550 5.7.1 Adres tylko dla przewoźników z umową ramową", "policy_violation"),
    (None, "550 Only our booking platform may send to dispatch@taxi.example.", "policy_violation"),
    # ... while a person's own address book stays their filter
    ("5.7.1", "550 5.7.1 Der Empfänger nimmt nur E-Mails von Absendern aus seinem Adressbuch an.", "filtered"),
])
def test_the_last_writers_words(status: str | None, diagnostic: str, reason: str) -> None:
    assert decide(status=status, diagnostic=diagnostic, action="failed") == reason


def test_a_message_that_left_a_system_is_no_person_gone() -> None:
    text = "451 4.3.0 Die Nachricht hat unser System verlassen, der Zielserver antwortet nicht"
    assert decide(status="4.3.0", diagnostic=text, action="delayed") != "user_unknown"
