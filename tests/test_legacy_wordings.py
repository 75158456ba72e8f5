"""Wordings of older groupware servers (Lotus Domino in its translations, Novell-era stores), each
written for its test after the products' English sentences, with neighbours that keep their reading."""
from __future__ import annotations

import pytest

from filter.core.classifier import decide


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
