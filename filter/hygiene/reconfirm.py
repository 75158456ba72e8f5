"""Re-confirmation before a removal for good (``reconfirm:``, docs/hygiene.md).

Why: a removal for good on evidence that may be wrong (repeated soft bounces whose cause passed,
an undetermined bounce) deletes a valid customer.  Instead, one mail asks the address's owner to
confirm it; an answer lifts the suppression, silence or a hard bounce makes the removal final.

The states (the address's hygiene mark, :data:`filter.store.base.HYGIENE_COLS`):

1. the engine suppresses an address for good for a cause ``reconfirm.policies`` / ``classes``
   names (by default the soft-bounce policy's final removal, and undetermined bounces) and marks
   it ``reconfirm_pending``; never for a hard bounce or a complaint (``Engine._ask_first``);
2. :func:`run` (``outbox work`` every ``soft_bounce.probation_interval``, or ``bouncefilter
   suppression reconfirm``) sends each pending one ONE mail through the relay (:func:`message`:
   the address, a signed link that expires after ``reconfirm.wait``, RFC 8058 one-click
   ``List-Unsubscribe``, RFC 3834 ``Auto-Submitted`` so that vacation responders stay quiet),
   records ``reconfirm_sent`` and marks it ``reconfirm`` until ``now + wait``; a relay that
   refuses for now is tried again on the next run;
3. the link (``GET /reconfirm`` shows a button, its ``POST`` confirms, so that a link scanner
   confirms nothing; served by ``bouncefilter web`` and by ``bouncefilter reconfirm serve``)
   lifts the suppression (:func:`confirm`, ``reconfirmed``), as does a person's reply naming the
   mail's signed Message-ID (:func:`confirm_reply`, from the engine; never an RFC 3834 auto-reply);
   the one-click unsubscribe (``POST /reconfirm/unsubscribe``) makes the removal final at once;
4. a hard bounce of the mail (fed back through ``bouncefilter process``: its return path is
   signed when ``trust:`` has a key) or a complaint makes the removal final (``removed``) in the
   engine; so does no answer within ``wait`` (:func:`run`).

The link's token reuses :mod:`filter.trust.verp`'s HMAC machinery (key ids, day stamps, base32,
constant-time comparison) with a purpose of its own, so that no tag made for another use (a
correlation token, a signed return path) is ever accepted as a confirmation.
"""
from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Sequence
from urllib.parse import quote

from filter.trust import verp

if TYPE_CHECKING:  # pragma: no cover
    from filter.config import Config
    from filter.engine import Engine

__all__ = ["ReconfirmResult", "confirm", "link", "make_token", "check_token", "message", "run", "unsubscribe"]

_PURPOSE = b"bouncefilter-reconfirm\0"
#: a relay that refused for now: the next try no sooner than this
RETRY_AFTER = 3600.0
BATCH = 200

DEFAULT_TEMPLATE = """\
Hello,

mail to $address has not been reaching you lately, so we stopped sending it.

If you still want our mail at this address, please confirm it within $days days:

    $link

If you do nothing, the address is removed from our list. To be removed at once:

    $unsubscribe

This is an automated message; replies are not read.
"""


# -- the signed, expiring token ----------------------------------------------------------------------
def make_token(address: str, *, keys: Sequence[verp.Key], now: float | None = None) -> str:
    """``rc1.{key}{day2}{mac10}`` bound to the lower-cased address (verp.VerpError: no key, bad address)."""
    key = verp._signing_key(keys)
    rcpt = verp._checked_recipient(address)
    head = key.id + verp._day2(verp._today(now))
    return f"rc1.{head}{verp._mac(key, _PURPOSE, head, rcpt)}"


def check_token(value: Any, *, keys: Sequence[verp.Key], address: Any, max_age: float,
                now: float | None = None) -> verp.Check:
    """Is ``value`` our token for ``address``, made at most ``max_age`` ago?  Never raises."""
    v = verp._clean(value) if isinstance(value, str) else None
    if v is None or not isinstance(address, str) or not address:
        return verp.Check(False, verp.MALFORMED)
    m = re.fullmatch(r"rc1\.([0-9])([a-z2-7]{2})([a-z2-7]{10})", v.lower(), re.ASCII)
    if m is None:
        return verp.Check(False, verp.MALFORMED)
    kid, day2, mac = m.groups()
    key = verp._find_key(keys, kid)
    if key is None:
        return verp.Check(False, verp.UNKNOWN_KEY, key_id=kid)
    subject = address.strip().lower()
    if not verp._same(verp._mac(key, _PURPOSE, kid + day2, subject), mac):
        return verp.Check(False, verp.BAD_SIGNATURE, key_id=kid)
    today = verp._today(now)
    day = verp._made_day(verp._b32_int(day2), today)
    if verp._expired(day, today, max_age):
        return verp.Check(False, verp.EXPIRED, recipient=subject, key_id=kid, day=day)
    return verp.Check(True, verp.VALID, recipient=subject, key_id=kid, day=day)


def link(config: "Config", address: str, token: str, *, unsubscribe: bool = False) -> str:
    """The confirmation (or one-click unsubscribe) URL for ``address``."""
    path = "/reconfirm/unsubscribe" if unsubscribe else "/reconfirm"
    return f"{config.reconfirm.url}{path}?a={quote(address, safe='@')}&t={token}"


# -- the mail --------------------------------------------------------------------------------------------
def message(config: "Config", address: str, *, now: float) -> tuple[bytes, str, str]:
    """The re-confirmation mail: (bytes with CRLF line ends, its Message-ID, the envelope sender)."""
    from email.message import EmailMessage
    from email.policy import SMTP
    from email.utils import formatdate
    from string import Template

    rc, trust = config.reconfirm, config.trust
    keys = rc.keys(trust)
    token = make_token(address, keys=keys, now=now)
    text = rc.template_file.read_text(encoding="utf-8") if rc.template_file is not None else DEFAULT_TEMPLATE
    unsub = link(config, address, token, unsubscribe=True)
    body = Template(text).safe_substitute(address=address, link=link(config, address, token),
                                          days=f"{rc.wait / 86400:g}", unsubscribe=unsub)
    domain = rc.mail_from.rpartition("@")[2]
    mid = verp.message_id(domain, keys=keys, recipient=address, now=now)
    m = EmailMessage(policy=SMTP)
    m["From"] = rc.mail_from
    m["To"] = address
    m["Subject"] = rc.subject
    m["Date"] = formatdate(now)
    m["Message-ID"] = mid
    m["Auto-Submitted"] = "auto-generated"          # RFC 3834 section 5: responders should not answer
    m["List-Unsubscribe"] = f"<{unsub}>"             # RFC 2369
    m["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"  # RFC 8058
    if trust.keys:
        m[trust.header] = verp.token(address, keys=trust.verp_keys(), now=now)
    m.set_content(body, cte="7bit" if body.isascii() else "quoted-printable")  # links stay whole
    sender = rc.return_path or rc.mail_from
    if rc.return_path is None and trust.keys and trust.bounce_address:
        sender = verp.sign(address, keys=trust.verp_keys(), pattern=config.verp[0],
                           bounce_address=trust.bounce_address, now=now)
    return m.as_bytes(), mid, sender


def _send(config: "Config", address: str, data: bytes, sender: str) -> None:
    from filter.engine.actions.forward import send

    rc = config.reconfirm
    send(host=rc.host, port=rc.port, mail_from=sender, to=[address], data=data, timeout=rc.timeout,
         starttls=rc.starttls, ca_file=rc.ca_file, username=rc.username,
         password=None if rc.password is None else str(rc.password))


# -- the run ---------------------------------------------------------------------------------------------
@dataclass(slots=True)
class ReconfirmResult:
    """What one run did (or would do)."""

    sent: list[str] = field(default_factory=list)
    #: (address, why) the relay did not take now (tried again later) or refused for good
    failed: list[tuple[str, str]] = field(default_factory=list)
    #: no answer within ``reconfirm.wait``: removed for good
    removed: list[str] = field(default_factory=list)
    dry_run: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"dry_run": self.dry_run, "sent": self.sent, "removed": self.removed,
                "failed": [{"address": a, "why": w} for a, w in self.failed]}


def run(engine: "Engine", *, now: float | None = None, dry_run: bool = False,
        inline_budget: float | None = 0) -> ReconfirmResult:
    """Send the pending re-confirmation mails, and make final the removals nobody answered."""
    from filter.engine.actions import Permanent

    result = ReconfirmResult(dry_run=dry_run)
    rc = engine.config.reconfirm
    if rc is None:
        return result
    now = engine.clock() if now is None else now
    store = engine.store
    for mark in store.hygiene_due("reconfirm_pending", now, limit=BATCH):
        address = mark["address"]
        if dry_run:
            result.sent.append(address)
            continue
        data, mid, sender = message(engine.config, address, now=now)
        try:
            _send(engine.config, address, data, sender)
        except Exception as e:  # noqa: BLE001 - Retry / Permanent from the relay: said, and tried again later
            why = f"{type(e).__name__}: {e}"
            result.failed.append((address, why))
            with store.transaction():
                store.set_hygiene(address, state="reconfirm_pending", at=mark["at"],
                                  due=None if isinstance(e, Permanent) else now + RETRY_AFTER,
                                  strikes=int(mark["strikes"] or 0), reason=mark["reason"], class_=mark["class"],
                                  event_id=mark["event_id"], note=why[:500])
            continue
        until = now + rc.wait
        out = engine.hygiene_step(address, event="reconfirm_sent", expect=("reconfirm_pending",), state="reconfirm",
                                  due=until, note=mid, now=now, inline_budget=inline_budget,
                                  extra={"reconfirm": {"message_id": mid, "until": _iso(until)}})
        if out.events:
            result.sent.append(address)
    for mark in store.hygiene_due("reconfirm", now, limit=BATCH):
        if dry_run:
            result.removed.append(mark["address"])
            continue
        out = engine.hygiene_step(mark["address"], event="removed", expect=("reconfirm",), state="removed",
                                  note="no answer", now=now, inline_budget=inline_budget,
                                  extra={"reconfirm": {"why": "no answer", "since": _iso(mark["at"])}})
        if out.events:
            result.removed.append(mark["address"])
    return result


def _iso(t: float | None) -> str | None:
    return None if t is None else time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(t))


# -- the answers -----------------------------------------------------------------------------------------
#: what :func:`confirm` and :func:`unsubscribe` answer, and the page says
CONFIRMED, UNSUBSCRIBED, INVALID, EXPIRED, NOT_PENDING = "confirmed", "unsubscribed", "invalid", "expired", "not_pending"


def _valid(engine: "Engine", address: Any, token: Any, now: float) -> str | None:
    rc = engine.config.reconfirm
    if rc is None:
        return INVALID
    c = check_token(token, keys=rc.keys(engine.config.trust), address=address, max_age=rc.wait, now=now)
    if not c.valid:
        return EXPIRED if c.why == verp.EXPIRED else INVALID
    return None


def confirm(engine: "Engine", address: Any, token: Any, *, source: str = "reconfirm:link",
            inline_budget: float | None = None) -> str:
    """The owner followed the link: the suppression is lifted (``reconfirmed``).  Never raises
    for what a request brings; the answer is one of the module's constants."""
    now = engine.clock()
    bad = _valid(engine, address, token, now)
    if bad:
        return bad
    out = engine.hygiene_step(address, event="reconfirmed", expect=("reconfirm", "reconfirm_pending"), state=None,
                              lift=True, now=now, source=source, inline_budget=inline_budget,
                              extra={"reconfirm": {"how": source}})
    return CONFIRMED if out.events else NOT_PENDING


_REPLY_HEADERS = re.compile(rb"^(In-Reply-To|References|From|Auto-Submitted):[ \t]*(.*(?:\r?\n[ \t].*)*)",
                            re.M | re.I)


def replied(raw: bytes, config: "Config", *, now: float | None = None) -> tuple[str, str] | None:
    """(address, Message-ID) when ``raw`` is a person's reply to our re-confirmation mail: its
    ``In-Reply-To`` or ``References`` names a Message-ID we signed for the address in its
    ``From``, and no ``Auto-Submitted`` other than ``no`` says a machine wrote it (RFC 3834
    section 5: vacation notices and other auto-replies prove nothing).  Never raises."""
    from email.utils import parseaddr

    rc = config.reconfirm
    if rc is None or not isinstance(raw, (bytes, bytearray)):
        return None
    head = bytes(raw[:65536]).split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    fields: dict[str, str] = {}
    for m in _REPLY_HEADERS.finditer(head):
        name = m.group(1).decode("ascii").lower()
        fields.setdefault(name, " ".join(m.group(2).decode("latin-1").split()))
    auto = fields.get("auto-submitted", "no").split(";")[0].strip().lower()
    if auto != "no":
        return None
    sender = parseaddr(fields.get("from", ""))[1].strip().lower()
    if not sender or "@" not in sender:
        return None
    keys = rc.keys(config.trust)
    for mid in re.findall(r"<[^<>\s]{1,250}>", fields.get("in-reply-to", "") + " " + fields.get("references", "")):
        if verp.check_message_id(mid, keys=keys, recipient=sender, max_age=rc.wait + 86400, now=now).valid:
            return sender, mid
    return None


def confirm_reply(engine: "Engine", raw: bytes, *, inline_budget: float | None = 0):
    """Lift the suppression of the address whose owner answered the mail (``reconfirmed``,
    ``reconfirm.how: reply``); the :class:`filter.engine.Outcome`, or None when ``raw`` is no
    such reply or nothing waits for one."""
    found = replied(raw, engine.config, now=engine.clock())
    if found is None:
        return None
    address, mid = found
    mark = engine.store.hygiene(address)
    if mark is None or mark["state"] != "reconfirm" or (mark["note"] or "").lower() != mid.lower():
        return None
    return engine.hygiene_step(address, event="reconfirmed", expect=("reconfirm",), state=None, lift=True,
                               source="reconfirm:reply", inline_budget=inline_budget,
                               extra={"reconfirm": {"how": "reply", "message_id": mid}})


def unsubscribe(engine: "Engine", address: Any, token: Any, *, inline_budget: float | None = None) -> str:
    """RFC 8058 one-click: the removal is final at once (``removed``)."""
    now = engine.clock()
    bad = _valid(engine, address, token, now)
    if bad:
        return bad
    out = engine.hygiene_step(address, event="removed", expect=("reconfirm", "reconfirm_pending"), state="removed",
                              note="unsubscribed", now=now, source="reconfirm:unsubscribe",
                              inline_budget=inline_budget, extra={"reconfirm": {"why": "unsubscribed"}})
    return UNSUBSCRIBED if out.events else NOT_PENDING
