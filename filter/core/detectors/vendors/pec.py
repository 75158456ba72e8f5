"""Italian certified mail (PEC, Posta Elettronica Certificata): the receipts and notices of its providers.

A PEC provider answers every message with signed receipts in a fixed form (DPR 11 febbraio 2005 n. 68;
DM 2 novembre 2005, "Regole tecniche per la formazione, la trasmissione e la validazione, anche
temporale, della posta elettronica certificata", sections on "ricevute e avvisi"): the header
``X-Ricevuta`` names which one it is, the subject repeats it ("AVVISO DI MANCATA CONSEGNA: <subject>"),
and an XML attachment, ``daticert.xml``, holds the facts (``<postacert tipo="errore-consegna"
errore="no-dest">``, ``<consegna>`` the recipient, ``<errore-esteso>`` the server's answer).  No
RFC 3464 part: these are the provider's own report.

    X-Ricevuta                  meaning                                         kind
    avvenuta-consegna           delivered into the recipient's mailbox          delivered
    errore-consegna             not delivered (or not within 24 hours)          failed
    preavviso-errore-consegna   no delivery receipt after 12 hours              delayed
    non-accettazione            our own provider refused to send it             failed
    rilevazione-virus           a virus found on the way                        failed
    accettazione, presa-in-carico   accepted by our provider / taken in charge  (no report on a recipient)

``errore`` in daticert.xml: ``no-dest`` the recipient does not exist, ``no-dominio`` the domain is no
PEC domain, ``virus`` a virus, ``altro`` another cause, which ``errore-esteso`` states in words (with
its enhanced status code: "5.4.7 - Delivery time expired"), read by the classifier.
"""
from __future__ import annotations

import re

from filter.core import smtptext
from filter.core.address import ADDRESS, find_all
from filter.core.lazyre import Lazy
from filter.core.message import ParsedMessage
from filter.core.model import DELAYED, DELIVERED, FAILED, NOT_BOUNCE
from filter.core.detectors.base import Detection, Record

name = "pec"

#: X-Ricevuta -> (kind, action)
_RECEIPTS = {
    "avvenuta-consegna": (DELIVERED, "delivered"),
    "errore-consegna": (FAILED, "failed"),
    "preavviso-errore-consegna": (DELAYED, "delayed"),
    "non-accettazione": (FAILED, "failed"),
    "rilevazione-virus": (FAILED, "failed"),
}
#: daticert.xml's errore attribute, where it names the cause itself
_ERRORE = {"no-dest": "user_unknown", "no-dominio": "host_unknown", "virus": "virus_detected"}

# the recipients the notice names: "ed indirizzato a "x@y"" (one), or a list after "indirizzato a:"
_ADDRESSED_TO = Lazy(r"indirizzat[oi] a:?\s*((?:\"?" + ADDRESS + r"\"?(?:\s*\([^)\n]{0,40}\))?[\s,;]*)+)", re.I)
_XML_FIELD = Lazy(r"<(consegna|destinatari|errore-esteso)\b[^>]*>([^<]{1,500})</\1>")
_XML_ERRORE = Lazy(r"<postacert\b[^>]*\berrore=\"([a-z-]+)\"")
_TIME_LIMIT = Lazy(r"\bsup(?:eramento|\.)?\s+(?:de[il]\s+)?temp[io]\s+massim[io]\b", re.I)


def detect(msg: ParsedMessage) -> Detection | None:
    receipt = (msg.head("x-ricevuta") or "").strip().lower()
    if not receipt:
        return None
    if receipt not in _RECEIPTS:
        # our provider's acceptance, the recipient's provider taking it in charge: receipts of a
        # message on its way, not a report about a recipient
        return Detection(NOT_BOUNCE, [], name) if receipt in ("accettazione", "presa-in-carico") else None
    kind, action = _RECEIPTS[receipt]
    body = "\n".join(p.text for p in msg.parts if p.ctype == "text/plain" and p.text)
    xml = _daticert(msg)
    fields: dict[str, list[str]] = {}
    for m in _XML_FIELD.finditer(xml):
        fields.setdefault(m.group(1), []).append(m.group(2).strip())
    errore = _XML_ERRORE.search(xml)
    extended = " ".join(fields.get("errore-esteso", ()))
    named, cause = _addressed(body)
    # the recipients: the one delivered to or failed (<consegna>), else those the text names
    addresses = fields.get("consegna") or named or fields.get("destinatari", [])
    reason = "virus_detected" if receipt == "rilevazione-virus" else _ERRORE.get(errore.group(1)) if errore else None
    if receipt != "rilevazione-virus" and (_TIME_LIMIT.search(msg.subject) or _TIME_LIMIT.search(extended)):
        # "AVVISO DI MANCATA CONSEGNA PER SUPERAMENTO TEMPI MASSIMI": no delivery receipt within 24 hours, the
        # provider gave up (the rules' own notice for it), whatever code the XML's errore attribute carries beside it
        reason = "expired"
    status = smtptext.find_status(extended)
    diagnostic = extended or cause
    records = [Record(address=a, action=action, status=status, diagnostic=diagnostic or None,
                      reason=reason if kind == FAILED else None)
               for a in dict.fromkeys(a.strip().strip('"') for a in addresses) if "@" in a]
    if not records:
        records = [Record(action=action, diagnostic=diagnostic or None, reason=reason if kind == FAILED else None)]
    return Detection(kind, records, name)


def _daticert(msg: ParsedMessage) -> str:
    """The text of the daticert.xml attachment (an XML part the message reader leaves unread)."""
    for part in msg.msg.walk():
        if part.get_content_type() in ("application/xml", "text/xml") and \
                "daticert" in str(part.get_filename() or part.get_param("name") or "").lower():
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                return payload.decode("utf-8", "replace")
    return ""


def _addressed(body: str) -> tuple[list[str], str]:
    """The recipients the notice's text names ("ed indirizzato a ...") and its words after them (what happened)."""
    m = _ADDRESSED_TO.search(body)
    rest = body[m.end():] if m else body
    return (find_all(m.group(1)) if m else []), " ".join(rest.split())[:500]
