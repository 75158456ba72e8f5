"""Delay warnings and give-ups: what the reporting MTA's own codes say, and what the server said.

RFC 3464's ``Action: delayed`` says the MTA has not given up; a final report after the queue
lifetime ran out keeps the server's words when they name a cause.  Every wording is written for
the test, in the layout of the MTA named (Exchange's "Delivery delayed" notice lists the attempts
under "Diagnostic information for administrators", the latest first).
"""
from __future__ import annotations

from email.header import Header

import pytest

from filter import classify
from filter.core.classifier import decide

from shapes import mail


def exchange_delay(history: str, address: str = "dana@fabrikam.example") -> bytes:
    """An Exchange "Delivery delayed" notice: the DSN part says only "400 4.4.7 Message delayed"."""
    body = f"""--nd
Content-Type: text/plain; charset="us-ascii"

Delivery is delayed to these recipients or groups:

{address}

This message hasn't been delivered yet. Delivery will continue to be attempted.

Diagnostic information for administrators:

Generating server: EX01.contoso.example

{address}
Remote Server at mx.fabrikam.example (203.0.113.9) returned '400 4.4.7 Message delayed'
{history}
Original message headers:

From: pat@contoso.example
To: {address}
Subject: quarterly figures

--nd
Content-Type: message/delivery-status

Reporting-MTA: dns;EX01.contoso.example

Final-recipient: RFC822;{address}
Action: delayed
Status: 4.4.7
Will-Retry-Until: Tue, 3 Dec 2026 10:00:00 +0000
X-Display-Name: Dana

--nd--
"""
    return mail(f"""From: Microsoft Outlook <postmaster@contoso.example>
To: pat@contoso.example
Subject: Delivery delayed:quarterly figures
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="nd"
""", body.replace("Status: 4.4.7\n", "Status: 4.4.7\nDiagnostic-code: smtp;400 4.4.7 Message delayed\n"))


@pytest.mark.parametrize("history, reason, status, code", [
    ("12/2/2026 9:14:02 AM - Remote Server at mx.fabrikam.example (203.0.113.9) returned "
     "'450 4.2.0 <dana@fabrikam.example>: Recipient address rejected: Greylisted, please try again later'",
     "rate_limited", "4.2.0", "450"),
    ("12/2/2026 9:14:02 AM - Remote Server at mx.fabrikam.example (203.0.113.9) returned "
     "'452 4.2.2 Mailbox full, over quota'", "mailbox_full", "4.2.2", "452"),
    ("12/2/2026 9:14:02 AM - Remote Server at mx.fabrikam.example (203.0.113.9) returned "
     "'421 4.7.0 Your IP 198.51.100.4 is listed on a DNS blocklist'\n"
     "12/2/2026 8:40:10 AM - Remote Server at mx.fabrikam.example (203.0.113.9) returned "
     "'452 4.2.2 Mailbox full'", "blocked", "4.7.0", "421"),  # the latest attempt first
])
def test_a_delay_notice_takes_its_cause_from_the_latest_attempt(history, reason, status, code):
    [r] = classify(exchange_delay(history)).recipients
    assert (r.reason, r.status, r.reply_code, r.action) == (reason, status, code, "delayed")


def test_a_delay_notice_without_attempts_stays_a_delay():
    [r] = classify(exchange_delay("")).recipients
    assert (r.reason, r.class_, r.status) == ("expired", "soft", "4.4.7")


def test_a_given_up_report_keeps_its_expiry_over_the_attempts():
    """The merge is for warnings only: "550 4.4.7 QUEUE.Expired" after the attempts is the end."""
    data = exchange_delay("12/2/2026 9:14:02 AM - Remote Server at mx.fabrikam.example (203.0.113.9) "
                          "returned '441 4.4.1 Error encountered while communicating with primary target "
                          "IP address: Failed to connect'")
    data = data.replace(b"Action: delayed", b"Action: failed").replace(b"Message delayed", b"QUEUE.Expired; message expired")
    [r] = classify(data).recipients
    assert r.reason == "expired"


@pytest.mark.parametrize("text, status, action, expected", [
    # a server's own idle timeout (Postfix smtpd: "421 4.4.2 <host> Error: timeout exceeded") is a
    # connection that went quiet, not the end of the retry schedule
    ("421 4.4.2 mx.example.net Error: timeout exceeded", "4.4.2", "delayed", "network_error"),
    # Exim's and the other MTAs' retry schedule running out is
    ("451 4.4.2 mx.example.net Error: timeout exceeded: retry timeout exceeded", "5.0.0", "failed", "expired"),
    ("Message expired: queue timeout exceeded after 5 days", "4.4.2", "failed", "expired"),
])
def test_which_timeout_was_exceeded(text, status, action, expected):
    assert decide(status=status, diagnostic=text, action=action) == expected


@pytest.mark.parametrize("status", ["4.4.7", "4.0.0", None])
def test_a_deferral_for_our_unresolvable_sender_domain_is_ours(status):
    """Yahoo (postmaster.yahooinc.com/error-codes): "451 Message temporarily deferred due to
    unresolvable RFC.5321 from domain" - the envelope sender's domain failed its DNS check; a
    queue timeout's 4.4.7 around it is the reporting MTA's summary, the words name the cause."""
    for rfc in ("RFC.5321", "RFC.5322"):
        text = f"451 Message temporarily deferred due to unresolvable {rfc} from domain; see https://postmaster.yahooinc.com/error-codes"
        assert decide(status=status, diagnostic=text, action="failed") == "rejected"


@pytest.mark.parametrize("text", [
    "421 4.3.2 The maximum number of concurrent connections has exceeded a limit, closing transmission channel",
    "421 4.3.2 The maximum number of concurrent connections per resource forest has exceeded a limit, "
    "closing transmission channel",
])
def test_a_limit_on_our_concurrent_connections_is_a_rate_limit(text):
    assert decide(status="4.3.2", diagnostic=text, action="delayed") == "rate_limited"


@pytest.mark.parametrize("text, status, expected", [
    # RFC 3463 X.3.2: "an imminent shutdown, excessive load, or system maintenance" - out of service now
    ("554 5.3.2 System not accepting network messages (scheduled maintenance)", "5.3.2", "system_error"),
    ("421 4.3.2 System not accepting network messages, excessive load", "4.3.2", "system_error"),
    ("421 4.3.2 mx.example.net shutting down, closing transmission channel", "4.3.2", "system_error"),
    # (the registry's own words with nothing beside them but a retry, under a permanent code too)
    ("554 5.3.2 System not accepting network messages, please try later", "5.3.2", "system_error"),
    ("550 System temporarily overloaded, please try again later", "5.0.0", "system_error"),
    ("553 sorry, temporary failure in local delivery (#4.3.0)", "5.0.0", "system_error"),
    # RFC 7504's 521 and RFC 7505's null MX: a domain or host that takes no mail at all
    ("521 5.3.2 mx.example.net does not accept mail", "5.3.2", "not_accept"),
    ("550 5.1.10 example.net does not accept mail (nullMX)", "5.1.10", "not_accept"),
])
def test_a_system_out_of_service_is_no_domain_that_takes_no_mail(text, status, expected):
    assert decide(status=status, diagnostic=text, action="failed" if status[0] == "5" else "delayed") == expected


@pytest.mark.parametrize("text", [
    # Postfix smtp(8) names the stage a connection timed out or was lost at (smtp_proto.c)
    "conversation with mx.example.net[192.0.2.7] timed out while receiving the STARTTLS response",
    "lost connection with mx.example.net[192.0.2.7] while sending STARTTLS",
])
def test_the_stage_a_connection_failed_at_is_no_tls_failure(text):
    assert decide(status="4.4.2", diagnostic=text, action="delayed") == "network_error"
    assert decide(status="4.7.0", diagnostic="TLS is required, but was not offered by host mx.example.net",
                  action="delayed") == "failed_starttls"


def test_a_delivery_command_past_its_time_limit_is_a_mailer_error():
    """Postfix local(8) / pipe(8): "Command time limit exceeded: <command>"."""
    assert decide(status="5.3.0", diagnostic='Command time limit exceeded: "/usr/local/bin/rt-mailgate --queue general"',
                  action="failed") == "mailer_error"


def test_the_latest_attempt_counts_coded_or_not():
    history = ("12/2/2026 9:14:02 AM - Remote Server at mx.fabrikam.example (203.0.113.9) returned "
               "'421 Too many concurrent SMTP connections from this IP address; please try again later'\n"
               "12/2/2026 8:40:10 AM - Remote Server at mx.fabrikam.example (203.0.113.9) returned "
               "'451 4.3.0 Temporary lookup failure'")
    [r] = classify(exchange_delay(history)).recipients
    assert (r.reason, r.reply_code) == ("rate_limited", "421")


def test_an_exchange_delay_quoting_only_the_remote_reply_reads_that_reply() -> None:
    """Exchange's delay fields say only its own "400 4.4.7 Message delayed" (the MTA has not given up,
    RFC 3464 Action: delayed); the recipient's lines quote the remote server's reply, which is the
    cause: a failed connection is a network error, not an expiry."""
    raw = mail("""From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@sender.onmicrosoft.example>
To: <bounces@sender.example>
Subject: Delivery delayed:Weekly digest
X-MS-Exchange-Message-Is-Ndr:
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b"
""", """--b
Content-Type: text/plain; charset="us-ascii"

Delivery is delayed to these recipients or groups:

k.osei@cocoa.example

This message hasn't been delivered yet. Delivery will continue to be attempted.

Diagnostic information for administrators:

Generating server: BN8PR37MB1211.prod.outlook.example

k.osei@cocoa.example
Remote Server at mx.cocoa.example (198.51.100.78) returned '441 4.4.1 Error encountered while communicating with primary target IP address: "Failed to connect. Winsock error code: 10060, Win32 error code: 10060."'

--b
Content-Type: message/delivery-status

Reporting-MTA: dns;BN8PR37MB1211.prod.outlook.example

Final-Recipient: rfc822;k.osei@cocoa.example
Action: delayed
Status: 4.4.7
Diagnostic-Code: smtp;400 4.4.7 Message delayed

--b--
""")
    (rec,) = classify(raw).recipients
    assert (rec.reason, rec.status, rec.reply_code) == ("network_error", "4.4.1", "441")


def _plain_notice(subject: str, text: str, rcpt: str = "jana@kundenservice.example") -> bytes:
    """A relay's own plain notice from MAILER-DAEMON (marked auto-replied, as Postfix marks its own),
    the returned message attached."""
    return mail(f"""From: MAILER-DAEMON@relay.kundenservice.example
To: bounces@news.example.com
Auto-Submitted: auto-replied
Subject: {Header(subject, "utf-8").encode()}
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="b"
""", f"""--b
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{text}

--b
Content-Type: message/rfc822

From: News <news@news.example.com>
To: {rcpt}
Subject: March newsletter

Hello.

--b--
""")


@pytest.mark.parametrize("subject, text", [
    # the subject of a delay warning, of the message ("Delivery of your message is delayed")
    ("Delivery of your message is delayed",
     "The mailbox server is in scheduled maintenance tonight. Our relay has stopped trying for the moment and "
     "will resume delivery at 06:00 CET; you do not need to send the message again."),
    # de: "Verzögerte Zustellung", "konnte noch nicht zugestellt werden" (could not be delivered *yet*)
    ("Verzögerte Zustellung: Ihre Nachricht",
     "Ihre Nachricht konnte noch nicht zugestellt werden: der Mailserver der Domain antwortet seit zwei "
     "Stunden nicht. Wir versuchen es weiter."),
    # fr: "remise différée", "n'a pas encore pu être remis", "nous réessaierons"
    ("Avertissement : remise différée",
     "Votre message n'a pas encore pu être remis : le serveur du destinataire est temporairement "
     "indisponible. Nous réessaierons pendant 4 jours."),
    # fr: "message non encore distribué", "n'a toujours pas été distribué", "de nouvelles tentatives seront effectuées"
    ("Avertissement : message non encore distribué",
     "Votre message à destination de <jana@kundenservice.example> n'a toujours\npas été distribué : le serveur "
     "du destinataire ne répond pas.\n\nDe nouvelles tentatives seront effectuées pendant 4 jours."),
    # es: "la entrega de su mensaje se ha retrasado", "todavía no ha podido entregarse", "seguiremos intentándolo"
    ("Aviso: la entrega de su mensaje se ha retrasado",
     "Su mensaje para jana@kundenservice.example todavía no ha podido\nentregarse. El servidor de destino "
     "respondió:\n\n   421 4.3.0 Servicio no disponible temporalmente\n\nSeguiremos intentándolo durante los "
     "próximos 3 días."),
])
def test_a_plain_delay_warning_is_a_delay(subject, text):
    """A relay's plain notice that the message is not delivered *yet*, and that it will try again
    (or resume after a pause: "stopped trying for the moment and will resume delivery"), is a delay,
    never a failure."""
    report = classify(_plain_notice(subject, text))
    assert report.kind == "delayed"
    assert [(r.address, r.action) for r in report.recipients] == [("jana@kundenservice.example", "delayed")]


def test_a_relay_that_stopped_trying_for_good_gave_up():
    """"has stopped trying" without a word of resuming is the relay's give-up: a failure."""
    report = classify(_plain_notice("Delivery of your message failed",
                                    "Your message could not be delivered. We tried for 5 days and have stopped trying."))
    assert report.kind == "failed"
