"""Replies that are not failures: auto-replies (RFC 3834), challenge-response, unsubscribe requests.

None of them may be counted as a bounce.  The address reported is the person behind the reply:
the auto-replier, the protected recipient of a challenge, the reader who wants to be removed.
"""
from __future__ import annotations

import re

from ..lazyre import Lazy
from ..address import ADDRESS, normalize
from ..message import ParsedMessage
from ..model import AUTO_REPLY, CHALLENGE, UNSUBSCRIBE
from . import text as textdet
from .base import Detection, Record

name = "autoreply"

_AUTO_SUBJECT = Lazy(
    r"^\s*(?:(?:re|aw|fw|fwd)\s*:\s*)?(?:automatic reply|auto(?:matic)?[- ]?(?:reply|response|respons|antwort|responder)|"
    r"out of (?:the )?office|ooo\b|away from (?:the |my )?office|i am (?:currently )?(?:away|out)|"
    r"on vacation|vacation (?:reply|message|notice)|away until|abwesenheit|r[ée]ponse automatique|"
    r"absence|risposta automatica|respuesta autom[áa]tica|automatisch antwoord|自動応答|不在)", re.I)
_AUTO_SUBJECT_ANY = Lazy(r"\b(?:auto[- ]?reply|autoreply|autoresponder|out of office|vacation|away until)\b", re.I)
_AUTO_HEADERS = ("x-autoreply", "x-autorespond", "x-autoresponder", "x-mail-autoreply", "x-vacation",
                 "x-fc-machinegenerated")

_CHALLENGE_HEADERS = ("x-challenge", "x-boxbe-challenge", "x-spamarrest-challenge", "x-tmda-confirm",
                      "x-mailblocks", "x-choicemail-registration", "x-bluebottle-request")
_CHALLENGE_WORDS = Lazy(
    r"challenge[- ]response|prove (?:that )?you are (?:a )?human|verify (?:that )?you are (?:a )?(?:human|real person)|"
    r"approved senders|sender approval|not (?:yet )?on my (?:list of )?(?:approved|allowed) senders|"
    r"(?:confirm|verify) (?:your|the) (?:message|e-?mail|address)|one-time verification|"
    r"whitelist|allow ?list|waiting for (?:your )?(?:confirmation|verification)|"
    r"(?:will be|be) delivered (?:to me )?(?:once|after|when) you (?:confirm|verify|reply)|"
    r"spam (?:blocker|protection) (?:service|system)?|anti-spam service", re.I)
_CHALLENGE_PROTECTS = Lazy(r"(?:your )?(?:message|mail|e-?mail) to\s*<?(" + ADDRESS + ")", re.I)

_UNSUB_SUBJECT = Lazy(
    r"^\s*(?:(?:re|aw|fw|fwd)\s*:\s*)*(?:.*\b(?:please )?(?:unsubscribe|remove) me\b.*|unsubscribe|remove|stop|"
    r"opt[- ]?out|desinscri(?:re|pci[oó]n)|abbestellen|se d[ée]sabonner|配信停止)\s*[.!]*\s*$", re.I)
_UNSUB_BODY = Lazy(
    r"^\s*(?:unsubscribe(?: me)?|remove me|stop|opt[- ]?out)\s*[.!]*\s*$|"
    r"(?:please\s+)?(?:remove|unsubscribe|take) me (?:off|from) (?:(?:this|your|the) )?(?:mailing |e-?mail |distribution )?list|"
    r"(?:stop|quit) (?:sending|emailing) me|do not (?:e-?mail|contact) me (?:again|anymore)", re.I | re.M)


def detect(msg: ParsedMessage) -> Detection | None:
    if textdet.from_system(msg) and textdet.BOUNCE_SUBJECT.search(msg.subject):
        return None  # a mail system's delivery report: never an auto-reply or a request
    sender = normalize(msg.from_)
    subject = msg.subject
    body = _own_text(msg)

    words = _CHALLENGE_WORDS.findall(body, 0, 3000)
    challenge_signals = sum((
        any(msg.head(h) for h in _CHALLENGE_HEADERS),
        bool(_CHALLENGE_WORDS.search(subject)),
        len(words) >= 1,
        len(words) >= 2,
    ))
    if challenge_signals >= 2 and not msg.status_blocks:
        m = _CHALLENGE_PROTECTS.search(subject + " ") or _CHALLENGE_PROTECTS.search(body + " ")
        protected = normalize(m.group(1)) if m else None
        return Detection(CHALLENGE, [Record(address=protected or sender)], name)

    auto_submitted = str(msg.head("auto-submitted") or "").strip().lower()
    precedence = str(msg.head("precedence") or "").strip().lower()
    strong = bool(_AUTO_SUBJECT.search(subject))
    header = (auto_submitted.startswith("auto-replied") or precedence == "auto_reply"
              or any(msg.head(h) for h in _AUTO_HEADERS)
              or (auto_submitted.startswith("auto-") and bool(_AUTO_SUBJECT_ANY.search(subject))))
    if strong and not textdet.BOUNCE_SUBJECT.search(subject) or header and not textdet.looks_like_bounce(msg):
        return Detection(AUTO_REPLY, [Record(address=sender)], name)

    if not _is_bulk(msg) and (_UNSUB_SUBJECT.match(subject) and (not body.strip() or _UNSUB_BODY.search(body))
                              or _UNSUB_BODY.search(body[:500])):
        return Detection(UNSUBSCRIBE, [Record(address=sender)], name)
    return None


def _own_text(msg: ParsedMessage) -> str:
    """The writer's own words: the report text without quoted lines."""
    lines = [ln for ln in msg.body.splitlines() if not ln.lstrip().startswith(">")]
    return "\n".join(lines)[:5000]


def _is_bulk(msg: ParsedMessage) -> bool:
    """Newsletters and digests carry unsubscribe words in every footer; they are not requests."""
    return bool(msg.head("list-id") or msg.head("list-unsubscribe")
                or str(msg.head("precedence") or "").lower() in ("bulk", "list", "junk"))
