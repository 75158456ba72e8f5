"""The last hop: local delivery agents, mailbox stores and the recipient's own Sieve script, as the
MTA in front of them reports them (every wording here is written for its test, after the programs'
documented messages: Exim's pipe transport, maildrop(1), Dovecot's LDA / LMTP and Pigeonhole,
RFC 5429's reject)."""
from __future__ import annotations

import pytest

from filter import classify
from filter.core.classifier import decide

from shapes import mail


@pytest.mark.parametrize("status, diagnostic, reason", [
    # Exim's pipe transport names the transport, not a verdict: "Child process of <transport>
    # transport returned <n>"; 74 is sysexits' EX_IOERR (the program failed, nothing judged spam)
    ("4.0.0", "Child process of spamassassin transport returned 74 from command: /usr/bin/spamc",
     "mailer_error"),
    ("5.0.0", "Child process of spamassassin_pipe transport returned 69 (could mean service or program "
              "unavailable) from command: /usr/local/bin/spamc", "mailer_error"),
    # maildrop's own watchdog ran out ("maildrop: Timeout quota exceeded."): a time limit of the program
    ("4.3.0", 'Command died with status 75: "/usr/bin/maildrop". Command output: maildrop: Timeout quota '
              "exceeded.", "mailer_error"),
    # ... while a storage quota stays the mailbox's
    ("4.2.2", 'Command died with status 75: "/usr/bin/maildrop". Command output: maildrop: maildir over '
              "quota.", "mailbox_full"),
    ("5.2.2", "maildrop: Quota exceeded for user", "mailbox_full"),
    # the directory or store behind the mailbox failed, not the mailbox (Dovecot's userdb lookups)
    ("4.2.0", "450 4.2.0 <u@host.example> Temporary failure in user lookup", "system_error"),
    ("4.3.0", "451 4.3.0 Temporary user lookup failure", "system_error"),
    ("4.2.0", "450 4.2.0 Mailbox temporarily unavailable: storage server unreachable", "system_error"),
    ("4.2.0", "451 4.2.0 Message store backend is down, try again later", "system_error"),
])
def test_the_last_hops_program_and_store(status: str, diagnostic: str, reason: str) -> None:
    assert decide(status=status, diagnostic=diagnostic, action="failed" if status[0] == "5" else "delayed") == reason


def test_spamassassin_named_as_the_judge_is_still_spam() -> None:
    """The transport look-ahead leaves the product's verdict alone."""
    assert decide(status="5.7.1", diagnostic="550 5.7.1 Message rejected by SpamAssassin (score 12.3)",
                  action="failed") == "spam_detected"


@pytest.mark.parametrize("diagnostic, reason", [
    ("Messages larger than 5 MB are not accepted by this mailbox.", "message_too_large"),
    ("552 mails bigger than 20MB are refused here", "message_too_large"),
    ("552 5.3.4 e-mails larger than 10 megabytes cannot be delivered", "message_too_large"),
])
def test_a_size_named_as_the_limit(diagnostic: str, reason: str) -> None:
    assert decide(status=None, diagnostic=diagnostic, action="failed") == reason


def _sieve_mdn(subject: str, text: str) -> bytes:
    return mail(f"""From: Mail Delivery Subsystem <MAILER-DAEMON@atelier.example>
To: <bounces@news.example.com>
Subject: {subject}
Auto-Submitted: auto-replied (rejected)
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification; boundary="b"
""", f"""--b
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{text}

--b
Content-Type: message/disposition-notification

Reporting-UA: atelier.example; Dovecot Mail Delivery Agent
Final-Recipient: rfc822; manon@atelier.example
Original-Message-ID: <1@news.example.com>
Disposition: automatic-action/MDN-sent-automatically; deleted

--b--
""")


@pytest.mark.parametrize("subject, text, reason", [
    # Pigeonhole's rejection_reason, translated by an admin: an adverb between the verb's parts
    ("Rejeté : Nouvelles", "Votre message à <manon@atelier.example> a été automatiquement rejeté :\n"
                           "Je n'accepte pas les messages de cet expéditeur.", "filtered"),
    ("Rifiutato: Notizie", "Il suo messaggio a <manon@atelier.example> è stato automaticamente rifiutato:\n"
                           "Non accetto messaggi da questo mittente.", "filtered"),
    ("Rejeitada: Notícias", "Sua mensagem para <manon@atelier.example> foi automaticamente rejeitada:\n"
                            "Não aceito mensagens deste remetente.", "filtered"),
    ("Geweigerd: Nieuws", "Uw bericht aan <manon@atelier.example> is automatisch geweigerd:\n"
                          "Ik accepteer geen berichten van deze afzender.", "filtered"),
    ("Rejected: News", "Your message to <manon@atelier.example> was automatically rejected:\n"
                       "Messages larger than 5 MB are not accepted by this mailbox.", "message_too_large"),
])
def test_a_translated_sieve_reject_is_a_failure(subject: str, text: str, reason: str) -> None:
    report = classify(_sieve_mdn(subject, text))
    assert report.kind == "failed"
    assert [(r.address, r.reason) for r in report.recipients] == [("manon@atelier.example", reason)]


def test_an_automatic_deletion_that_refuses_nothing_stays_no_failure() -> None:
    """"A été supprimé sans avoir été lu" is a read receipt's deletion (RFC 8098), not a reject."""
    report = classify(_sieve_mdn("Supprimé : Nouvelles", "Votre message à <manon@atelier.example> a été "
                                                        "supprimé sans avoir été lu."))
    assert report.kind != "failed"


@pytest.mark.parametrize("body, address, reason", [
    # an ISP's help desk prose, no code: the words of other languages' tables decide
    ("Votre message n'a pas pu être distribué : l'adresse\nh.dupont@fibresud.example n'existe pas (ou plus) "
     "chez FibreSud.\n", "h.dupont@fibresud.example", "user_unknown"),
    ("Ihre E-Mail an tom.becker@firma.example konnte nicht zugestellt werden, weil es\ndie Domain des "
     "Empfängers nicht gibt.\n", "tom.becker@firma.example", "host_unknown"),
    ("Ihre Nachricht an k.lang@firma.example konnte nicht zugestellt werden, weil es den Empfänger bei uns\n"
     "nicht gibt.\n", "k.lang@firma.example", "user_unknown"),
    ("Ihre Nachricht an m.koch@koch.example wurde abgewiesen, da es das Konto m.koch bei uns nicht gibt.\n",
     "m.koch@koch.example", "user_unknown"),
    ("Ihre Nachricht an info@koch.example wurde abgewiesen, da es dieses Postfach bei uns nicht mehr gibt.\n",
     "info@koch.example", "user_unknown"),
    ("Ihre Nachricht an info@koch.example wurde abgewiesen. Den Empfänger gibt es bei uns nicht.\n",
     "info@koch.example", "user_unknown"),
    # ... and a give-up in so many words
    ("We tried for 5 days to deliver your e-mail to sam@ridgeline.example but the\nrecipient's mail server "
     "never answered, so we have stopped trying.\n", "sam@ridgeline.example", "expired"),
])
def test_a_help_desks_prose_is_read_for_its_cause(body: str, address: str, reason: str) -> None:
    raw = mail("Return-Path: <>\nFrom: Assistance <ne-pas-repondre@isp.example>\nTo: bounces@news.example.com\n"
               "Subject: Message non distribué / Unzustellbar / Undeliverable\nAuto-Submitted: auto-generated\n"
               "Content-Type: text/plain; charset=utf-8", body)
    report = classify(raw)
    assert report.kind == "failed"
    assert [(r.address, r.reason) for r in report.recipients] == [(address, reason)]


def test_an_exchange_ndr_marked_auto_replied_is_a_report() -> None:
    """Exchange sends its NDRs from its system mailbox ("MicrosoftExchange" and a fixed GUID) with
    "Auto-Submitted: auto-replied": without a delivery-status part it is still a report, not an
    absence notice."""
    raw = mail("From: Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@hohenfeld.example>\n"
               "To: bounces@news.example.com\nSubject: Undeliverable: Monthly statement\n"
               "X-MS-Exchange-Message-Is-Ndr:\nAuto-Submitted: auto-replied\nContent-Type: text/plain; charset=utf-8",
               "Delivery has failed to these recipients or groups:\n\nSchmitt, Hannelore\nThe recipient no longer works "
               "here.\n\nDiagnostic information for administrators:\n\nGenerating server: SRV-EX01.hohenfeld.local\n\n"
               "h.schmitt@hohenfeld.example\n#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##\n")
    report = classify(raw)
    assert report.kind == "failed"
    assert [(r.address, r.reason) for r in report.recipients] == [("h.schmitt@hohenfeld.example", "user_unknown")]
