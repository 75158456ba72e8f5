"""An account's states, the final host's own delivery, and the advice a site puts beside its answer.

Each case is a wording written for the rule it tests:
- an account that exists and is not live: not yet activated, dormant, awaiting deletion, disabled as
  Exchange's store names it (``suspended``, soft), and an Exchange 2003 entry that names its recipient by
  display name only, whose words are the one recipient's;
- the final host's delivery: a local agent's bare "Unknown user." (Courier, x-unix at 5.0.0), a mail loop in
  German and French, Postfix local(8)'s "mail to command is restricted", Exim's pipe killed by a signal, a
  person's own "no advertising, thanks" as a Sieve reject or a maildrop filter writes it;
- a missing mailbox said beside the site's standing advice ("If you believe your message was blocked in
  error ...", a block-list FAQ, "this server uses strict anti-spam measures"): the advice is no block;
- our domain blocked by the recipient's administrators (``rejected``), a sender reputation "insuffisante".
And what must not read as those: our own account pending activation, a real block beside the same advice,
"no advertising" as a site's rule, a local program's failure that names a lookup.
"""
from __future__ import annotations

import pytest

from filter import classify
from filter.core.classifier import decide
from shapes import mail


@pytest.mark.parametrize("status, diagnostic, reason", [
    # an account that exists and is not live
    ("5.2.0", "550 5.2.0 <lee@startup.example>: mailbox pending activation", "suspended"),
    ("5.2.1", "550 5.2.1 Account not yet activated by its owner", "suspended"),
    ("5.1.1", "550 5.1.1 This address has not been activated yet", "suspended"),
    ("5.2.1", "550 5.2.1 <t@portal.example>: mailbox is dormant (no login for 365 days) and does not accept mail",
     "suspended"),
    ("5.2.1", "550 5.2.1 This mailbox is scheduled for deletion and no longer accepts new mail", "suspended"),
    ("5.2.1", "550 5.2.1 The account is marked for removal.", "suspended"),
    ("5.2.1", "554 5.2.1 STOREDRV.Deliver: The Microsoft Exchange Information Store service reported an error. "
              "The following information should help identify the cause of this error: "
              "\"MapiExceptionMailboxDisabled:16.18969:1A000000\"", "suspended"),
    ("5.2.1", "550 5.2.1 Caixa de correio desabilitada", "suspended"),
    # ... not our own account, which is ours to fix
    ("5.7.1", "554 5.7.1 Your account is pending activation; you cannot send yet", "security_error"),
    # the advice beside a missing mailbox is no block
    ("5.1.1", "550 5.1.1 <front@insure.example>: Recipient address rejected: User unknown. If you believe your "
              "message was blocked in error, visit https://ipcheck.example.net/", "user_unknown"),
    ("5.1.1", "550 5.1.1 <dr.o@dental.example>... No such user here. Blocklist FAQ: https://dental.example/mailfaq",
     "user_unknown"),
    (None, "550-<s@carpentry.example>: unknown user. 550-Please note: this server uses strict anti-spam measures "
           "(RBL, SPF, greylisting); 550 see https://carpentry.example/antispam.html", "user_unknown"),
    (None, "554 Mailbox unavailable (kim@smallbiz.example) - this server uses RBL, SPF and greylisting, see "
           "http://smallbiz.example/mailpolicy", "user_unknown"),
    ("5.1.1", "550-5.1.1 Empfaenger unbekannt / recipient unknown. 550 5.1.1 Dieser Server nutzt RBL, SPF und Greylisting.",
     "user_unknown"),
    ("5.1.1", "550 5.1.1 Usuario desconocido. Este servidor usa listas negras y SPF; si usted cree que es un error, "
              "escriba a postmaster@despacho.example", "user_unknown"),
    ("5.1.1", "550 5.1.1 Destinataire inconnu. Si vous pensez que votre message a été bloqué par erreur, "
              "contactez postmaster@bureau.example", "user_unknown"),
    # ... and a block stays a block beside the same advice
    ("5.7.1", "554 5.7.1 Service unavailable; Client host [192.0.2.7] blocked using zen.example.org. If you believe "
              "this is in error, contact the recipient by other means", "blocked"),
    ("5.1.1", "550 5.1.1 Sender address rejected: domain blacklisted. If you think this is wrong, see our FAQ.",
     "rejected"),
    # our domain or address blocked by the recipient's administrators
    ("5.7.1", "550 5.7.1 Delivery to lm@harbor.example blocked: your sending domain shop.example has been blocked "
              "by the recipient's administrator", "rejected"),
    ("5.7.1", "550 5.7.1 The user or administrator of lumen.example has blocked messages from your domain "
              "shop.example.", "rejected"),
    ("5.7.1", "550 5.7.1 El dominio del remitente shop.example ha sido bloqueado por el administrador del destinatario.",
     "rejected"),
    ("5.7.1", "554 5.7.1 Message refusé : la réputation de l'expéditeur est insuffisante (score 12/100).",
     "bad_reputation"),
    # a person left, said without "has" and dated, by an address's own rule on the final host
    ("5.7.1", "550 5.7.1 Ms Okafor left Riverside Veterinary in March 2026.", "user_unknown"),
])
def test_the_words_decide(status, diagnostic, reason):
    assert decide(status=status, diagnostic=diagnostic, command="RCPT", action="failed") == reason


@pytest.mark.parametrize("status, diagnostic, reason", [
    # a local agent's bare answer under a vague code: the mailbox is missing
    ("5.0.0", "Unknown user.", "user_unknown"),
    ("5.0.0", "No such user", "user_unknown"),
    # ... but a program that failed, or names a lookup of its own, stays the program's failure
    ("5.0.0", "procmail: Couldn't create \"/var/mail/jo\": No such user", "mailer_error"),
    ("5.0.0", "getpwnam() failed: unknown user", "mailer_error"),
    # a loop, in German and French; a local(8) setting; a pipe killed
    ("5.4.6", "Zu viele \"Received\"-Kopfzeilen - vermutlich eine Mail-Schleife", "system_error"),
    ("5.4.6", "Boucle de messagerie détectée pour cette adresse", "system_error"),
    # a person's own "no advertising" (Sieve reject, maildrop, Exim filter "fail" texts)
    ("5.0.0", "maildrop: Pas de pub SVP / no advertising.", "filtered"),
])
def test_a_local_delivery_agents_words(status, diagnostic, reason):
    assert decide(status=status, diagnostic=diagnostic, action="failed", diag_type="x-unix") == reason


@pytest.mark.parametrize("status, diagnostic, reason", [
    ("5.7.1", "550 5.7.1 <l@berger.example> Keine Newsletter mehr, danke.", "filtered"),
    (None, "550 Werbung unerwünscht - bitte keine weiteren Mailings.", "filtered"),
    ("5.7.1", "550 5.7.1 No advertising, please.", "filtered"),
    # (a site's rule on kinds of mail is no person's sign on a letterbox)
    ("5.7.1", "550 5.7.1 No advertising allowed on this server", "security_error"),
    ("5.7.1", "550 5.7.1 mail to command is restricted", "system_error"),
    # Exim's pipe transport killed, as its delay warning words it (no x-unix type there)
    (None, "Child process of pipe_alerts transport (running command \"/opt/bridge/bin/ingest\") was terminated "
           "by signal 9 (Killed) after timeout", "mailer_error"),
    ("5.4.6", "554 5.4.6 Too many \"Received\" headers - suspected mail loop", "system_error"),
])
def test_a_final_hosts_refusals(status, diagnostic, reason):
    assert decide(status=status, diagnostic=diagnostic, command="RCPT", action="failed") == reason


EXCHANGE_2003 = """\
From: postmaster@oldfirm.example
To: news@shop.example
Subject: Undeliverable: Your invoice is ready
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b"

--b
Content-Type: text/plain; charset=us-ascii

Your message did not reach some or all of the intended recipients.

      Subject:\tYour invoice is ready
      Sent:\t11/03/2025 09:14

The following recipient(s) cannot be reached:

      Accounts Payable on 11/03/2025 09:14
            {words}
            <EXSRV01.oldfirm.example #{status}>

--b
Content-Type: message/delivery-status

Reporting-MTA: dns;EXSRV01.oldfirm.example

Final-Recipient: rfc822;accounts@oldfirm.example
Action: failed
Status: {status}

--b--
"""


@pytest.mark.parametrize("status, words, reason", [
    ("5.2.1", "The recipient's mailbox is disabled.", "suspended"),
    ("5.0.0", "The e-mail account does not exist at the organization this message was sent to.", "user_unknown"),
])
def test_an_exchange_2003_entry_named_by_display_name_gives_its_words(status, words, reason):
    """The one entry names its recipient by display name only; the DSN has no Diagnostic-Code: the words
    indented under the entry, up to the server's own "#5.2.1" mark, are the recipient's."""
    head, body = EXCHANGE_2003.format(words=words, status=status).split("\n\n", 1)
    report = classify(mail(head, body))
    assert [(r.address, r.reason) for r in report.recipients] == [("accounts@oldfirm.example", reason)]


def test_an_exchange_2003_report_with_two_entries_gives_neither_the_others_words():
    head, body = EXCHANGE_2003.format(words="The recipient's mailbox is disabled.", status="5.2.1").split("\n\n", 1)
    body = body.replace("      Accounts Payable on", "      Sales Team on 11/03/2025 09:14\n"
                        "            The e-mail account does not exist.\n"
                        "            <EXSRV01.oldfirm.example #5.1.1>\n\n      Accounts Payable on")
    report = classify(mail(head, body))
    # (two entries, one DSN record: whose words are whose is unknown, so the status alone decides)
    assert [(r.address, r.reason) for r in report.recipients] == [("accounts@oldfirm.example", "filtered")]


COURIER = """\
From: "Courier mail server at mx.host.example" <@>
To: news@shop.example
Subject: NOTICE: mail delivery status.
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="c"

--c
Content-Type: text/plain; charset=us-ascii

This is a delivery status notification from mx.host.example,
running the Courier mail server, version 1.3.13.

Your message to the following recipients cannot be delivered:

<nobody@host.example>:
    Unknown user.

--c
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.host.example

Final-Recipient: rfc822; nobody@host.example
Action: failed
Status: 5.0.0
Diagnostic-Code: x-unix; Unknown user.

--c--
"""


def test_courier_local_unknown_user_is_a_missing_mailbox():
    head, body = COURIER.split("\n\n", 1)
    report = classify(mail(head, body))
    assert [(r.address, r.reason, r.class_) for r in report.recipients] == [("nobody@host.example", "user_unknown", "hard")]
