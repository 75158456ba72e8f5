"""Wordings of older groupware servers (Lotus Domino in its translations, Novell-era stores), each
written for its test after the products' English sentences, with neighbours that keep their reading."""
from __future__ import annotations

import pytest

from filter import classify
from filter.core.classifier import decide

from shapes import mail


@pytest.mark.parametrize("status, diagnostic, reason", [
    # Domino's "User ... not listed in Domino Directory" as its French, Spanish and Portuguese servers say it
    ("5.0.0", "L'utilisateur m.dufresne (m.dufresne@atelier.example) ne figure pas dans l'annuaire Domino", "user_unknown"),
    ("5.0.0", "El usuario jgarrido (jgarrido@empresa.example) no figura en el directorio de Domino", "user_unknown"),
    ("5.0.0", "O usuário ana (ana@empresa.example) não consta no diretório do Domino", "user_unknown"),
    # Domino's mail file over its quota, with or without "its"
    ("5.0.0", "Unable to deliver message: mail file exceeds quota", "mailbox_full"),
    ("5.0.0", "Unable to deliver message: mail file has exceeded its quota", "mailbox_full"),
    ("5.2.1", "550 5.2.1 Mailbox locked", "suspended"),
    ("5.0.0", "L'utilisateur jdupont ne figure pas dans le répertoire Domino", "user_unknown"),
    ("5.0.0", "The recipient's mail file has reached its size limit", "mailbox_full"),
    # the sender is not among the recipient's contacts: the recipient's own setting
    ("5.7.1", "550 5.7.1 L'expéditeur ne figure pas dans le carnet d'adresses du destinataire", "filtered"),
    ("5.7.1", "550 5.7.1 El remitente no figura en la libreta de direcciones del destinatario", "filtered"),
])
def test_a_legacy_servers_words(status: str, diagnostic: str, reason: str) -> None:
    action = "failed" if status[0] == "5" else "delayed"
    assert decide(status=status, diagnostic=diagnostic, action=action) == reason


def test_a_mailbox_locked_by_the_store_is_no_locked_account() -> None:
    """The store's state for now (the report retries), not an account its owner or admin locked."""
    assert decide(status="4.0.0", diagnostic="The recipient's mailbox is currently locked by the message store "
                  "(store busy)", action="delayed") != "suspended"


def test_a_domino_report_naming_its_recipient_by_notes_name_only() -> None:
    """Domino's DSN with no Diagnostic-Code; its text names the recipient by Notes name ("Hans
    Gruber/Einkauf/ACME@ACME") and the cause under "because:": that cause is the recipient's."""
    raw = mail("""From: Postmaster@acme.example
To: bounces@news.example.com
Subject: DELIVERY FAILURE: Maximum hop count exceeded.  Message probably in a routing loop.
MIME-Version: 1.0
Content-Type: multipart/report; report-type="delivery-status"; boundary="b"
""", """--b
Content-Type: text/plain; charset="US-ASCII"

Your message

  Subject: Lieferantenbrief

was not delivered to:

  Hans Gruber/Einkauf/ACME@ACME

because:

  Maximum hop count exceeded.  Message probably in a routing loop.

--b
Content-Type: message/delivery-status

Reporting-MTA: dns;DOM01.acme.example

Final-Recipient: rfc822;hans.gruber@acme.example
Action: failed
Status: 5.0.0

--b--
""")
    assert [(r.address, r.reason) for r in classify(raw).recipients] == [("hans.gruber@acme.example", "system_error")]
