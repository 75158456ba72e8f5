"""Italian certified mail (PEC): its providers' receipts, read by X-Ricevuta and daticert.xml (DM 2 novembre
2005, regole tecniche).  The messages are written here after the rules' description of each receipt."""
from __future__ import annotations

import pytest

from filter import classify


def _receipt(ricevuta: str, subject: str, text: str, errore: str = "nessuno", extended: str = "",
             consegna: str = "") -> bytes:
    xml = (f'<?xml version="1.0" encoding="UTF-8"?>\n<postacert tipo="{ricevuta}" errore="{errore}">\n'
           "  <intestazione>\n    <mittente>ufficio@pec.mittente.example</mittente>\n"
           '    <destinatari tipo="certificato">acquisti@pec.cliente.example</destinatari>\n'
           "    <oggetto>Fattura 12/2024</oggetto>\n  </intestazione>\n  <dati>\n"
           "    <gestore-emittente>GESTORE PEC S.p.A.</gestore-emittente>\n"
           + (f"    <consegna>{consegna}</consegna>\n" if consegna else "")
           + (f"    <errore-esteso>{extended}</errore-esteso>\n" if extended else "")
           + "  </dati>\n</postacert>\n")
    return (f"Return-Path: <posta-certificata@pec.gestore.example>\nX-Ricevuta: {ricevuta}\n"
            "X-Riferimento-Message-ID: <f12@mittente.example>\nX-Trasporto: errore\n"
            f"Subject: {subject}: Fattura 12/2024\nFrom: posta-certificata@pec.gestore.example\n"
            "To: ufficio@pec.mittente.example\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b\"\n\n"
            f"--b\nContent-Type: text/plain; charset=UTF-8\n\n{text}\n"
            "--b\nContent-Type: application/xml; name=daticert.xml\nContent-Disposition: inline; filename=daticert.xml\n\n"
            f"{xml}--b--\n").encode()


_TO = 'Il giorno 03/06/2024 alle ore 10:00:00 (+0200) nel messaggio "Fattura 12/2024" proveniente da ' \
      '"ufficio@pec.mittente.example"\ned indirizzato a "acquisti@pec.cliente.example"\n'


@pytest.mark.parametrize("ricevuta, subject, text, errore, extended, kind, reason", [
    ("errore-consegna", "AVVISO DI MANCATA CONSEGNA", _TO + "è stato rilevato un errore: destinatario inesistente.",
     "no-dest", "5.1.1 - User unknown", "failed", "user_unknown"),
    ("errore-consegna", "AVVISO DI MANCATA CONSEGNA", _TO + "si è verificato un errore di consegna.", "no-dominio",
     "", "failed", "host_unknown"),
    ("errore-consegna", "AVVISO DI MANCATA CONSEGNA PER SUP. TEMPO MASSIMO",
     _TO + "non è stato consegnato entro le 24 ore previste.", "altro", "5.4.7 - Delivery time expired", "failed",
     "expired"),
    ("rilevazione-virus", "PROBLEMA DI SICUREZZA", _TO + "contiene un virus ed è stato rifiutato.", "virus", "",
     "failed", "virus_detected"),
])
def test_a_pec_failure_names_its_recipient_and_cause(ricevuta, subject, text, errore, extended, kind, reason):
    report = classify(_receipt(ricevuta, subject, text, errore, extended))
    assert report.kind == kind
    assert [(r.address, r.reason) for r in report.recipients] == [("acquisti@pec.cliente.example", reason)]


def test_a_pec_notice_of_the_time_limit_is_expired():
    """The 24-hour notice ("AVVISO DI MANCATA CONSEGNA PER SUPERAMENTO TEMPI MASSIMI") says the provider gave up,
    whatever its extended error says or leaves out."""
    report = classify(_receipt("errore-consegna", "AVVISO DI MANCATA CONSEGNA PER SUPERAMENTO TEMPI MASSIMI",
                               _TO + "non è pervenuta, entro 24 ore dall'invio, la ricevuta di avvenuta consegna.",
                               "altro"))
    assert [(r.address, r.reason) for r in report.recipients] == [("acquisti@pec.cliente.example", "expired")]


def test_a_pec_delivery_receipt_and_warning():
    delivered = classify(_receipt("avvenuta-consegna", "CONSEGNA", _TO + "è stato consegnato nella casella di "
                                  "destinazione.", consegna="acquisti@pec.cliente.example"))
    assert delivered.kind == "delivered"
    assert [r.address for r in delivered.recipients] == ["acquisti@pec.cliente.example"]
    warned = classify(_receipt("preavviso-errore-consegna", "PREAVVISO DI MANCATA CONSEGNA",
                               _TO + "non è ancora stata ricevuta la ricevuta di avvenuta consegna entro le prime 12 ore."))
    assert warned.kind == "delayed"
    assert [r.class_ for r in warned.recipients] == ["soft"]


@pytest.mark.parametrize("ricevuta", ["accettazione", "presa-in-carico"])
def test_a_pec_acceptance_is_no_report_on_a_recipient(ricevuta):
    report = classify(_receipt(ricevuta, "ACCETTAZIONE", 'Il giorno 03/06/2024 il messaggio "Fattura 12/2024" è stato '
                               "accettato dal sistema ed inoltrato."))
    assert report.kind == "not_bounce"


def test_a_pec_notice_of_the_time_limit_outranks_the_errore_attribute():
    """The notice's subject and extended error say the 24 hours ran out ("Superamento del tempo massimo di consegna"):
    the provider gave up, whatever code its daticert.xml's errore attribute carries beside them ("no-dest")."""
    report = classify(_receipt("errore-consegna", "AVVISO DI MANCATA CONSEGNA PER SUP. TEMPO MASSIMO",
                               _TO + "non è stato consegnato entro il tempo massimo.", "no-dest",
                               "5.4.7 - Superamento del tempo massimo di consegna (24 ore)"))
    assert [(r.address, r.reason) for r in report.recipients] == [("acquisti@pec.cliente.example", "expired")]
