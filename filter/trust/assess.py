"""Trust: does a bounce answer mail we sent, and for which recipient?

Anyone can write a DSN naming any address with ``Status: 5.1.1``.  Before a bounce may act
(suppress, count towards the soft-bounce threshold, lift a suppression), it must show evidence
that only mail we sent can carry, bound to the recipient it names.  Each recipient of a report
gets a :class:`Verdict`: a level and the evidence, weakest level first:

``verified``
    a secret of ours vouches for this recipient: the bounce was sent to a signed return path
    (``filter.trust.verp.sign``) made for it, or to a BATV address (``prvs=``) the milter signed; the
    returned original carries a Message-ID (``filter.trust.verp.message_id``) or a token header
    (``trust.header``, ``filter.trust.verp.token``) made for it; or a DKIM signature of one of our
    domains verifies over the returned headers and those signed headers name it (To / Cc).
``plausible``
    it looks like an answer to our mail but nothing binds it to this recipient: a Message-ID of
    ours made without a recipient, a DKIM-signed original addressed to someone else, or an
    original whose From or Message-ID is in one of ``trust.domains`` (anyone can write those).
``unverified``
    nothing, or evidence that failed (a bad signature, an expired or unknown-key tag, a tag, id
    or token of ours made for another recipient).  Failed evidence outweighs the ``plausible``
    signs (a forger writes those too); only ``verified`` evidence for the recipient outweighs it.

What BATV proves is weaker than a signed VERP address: it binds the envelope *sender* (it says a
message of ours went out in the last ``trust.batv.validity``), not the recipient, so a recipient
who saw our signed sender can forge bounces for others until it expires.  ``docs/security.md``
says so.  The levels feed ``trust.require`` (``filter.engine``): by default, with a key, only
``verified`` bounces act; the rest are recorded as ``untrusted`` events.

Only the standard library and :mod:`filter.trust.verp` are imported; DKIM (dkimpy) only when
``trust.dkim`` is configured and no stronger evidence was found first.
"""
from __future__ import annotations

import itertools
import re
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable

from filter.trust import verp
from filter.core.address import find_all

if TYPE_CHECKING:  # pragma: no cover
    from filter.config import Trust
    from filter.core.model import Envelope, Report

__all__ = ["Verdict", "Assessment", "Assessor", "VERIFIED", "PLAUSIBLE", "UNVERIFIED"]

UNVERIFIED, PLAUSIBLE, VERIFIED = "unverified", "plausible", "verified"
_RANK = {UNVERIFIED: 0, PLAUSIBLE: 1, VERIFIED: 2}
#: where a bounce may name the return path it was sent to (besides the MTA's envelope)
_RETURN_PATH_HEADERS = ("x-original-to", "delivered-to", "to")
_MAX_CANDIDATES = 6
_MAX_FIELD_SCAN = 2048
_ADDR = re.compile(r"[^\s<>,;\"()]{1,200}@[^\s<>,;\"()]{1,255}")
_MAX_IDS = 20
# kinds that answer the message itself (a reply quotes its Message-ID in In-Reply-To/References)
_REPLY_KINDS = frozenset({"auto_reply", "challenge", "unsubscribe", "complaint"})
# dkimcheck results that are evidence of a forgery (a signature of ours that does not hold)
_DKIM_FAILED = frozenset({"bad signature", "expired"})


@dataclass(slots=True)
class Verdict:
    """How sure we are that one recipient's bounce answers mail we sent."""

    level: str = UNVERIFIED
    evidence: list[str] = field(default_factory=list)
    #: some evidence failed (a MAC or a signature that does not hold, an expired or unknown-key
    #: tag, a tag or id made for another recipient): only proof bound to the recipient (verified)
    #: outweighs it, never the "anyone can write it" signs of ``plausible``
    failed: bool = False

    def raise_to(self, level: str, why: str) -> None:
        if why not in self.evidence:
            self.evidence.append(why)
        if _RANK[level] > _RANK[self.level]:
            self.level = level

    def fail(self, why: str) -> None:
        """Evidence that did not hold: the verdict is ``unverified`` unless something verifies."""
        if why not in self.evidence:
            self.evidence.append(why)
        self.failed = True

    def settle(self) -> "Verdict":
        if self.failed and self.level != VERIFIED:
            self.level = UNVERIFIED
        return self

    def to_dict(self) -> dict:
        return {"level": self.level, "evidence": list(self.evidence)}


@dataclass(slots=True)
class Assessment:
    """The verdicts of one report: ``verdicts[i]`` is for ``report.recipients[i]`` (one verdict for
    a report without recipients); ``tagged`` is the recipient a valid signed return path names."""

    verdicts: list[Verdict]
    tagged: str | None = None


class Assessor:
    """Checks the evidence of reports against the keys of ``trust:`` (one per engine)."""

    def __init__(self, trust: "Trust", *, verp_patterns: tuple[str, ...] | list[str],
                 resolve: Callable[[str], str | None] | None = None, clock: Callable[[], float] = time.time):
        self.trust = trust
        self.patterns = tuple(verp_patterns)
        self.keys = trust.verp_keys() if trust.keys else []
        self.resolve = resolve
        self.clock = clock
        self._dkim_keys = None
        # what the milter signs with (trust.batv.validity): a check with the default 7 days
        # found every address signed for longer "expired" from the day it was made
        self._batv_validity = trust.batv.validity if trust.batv is not None else verp.BATV_VALIDITY

    def assess(self, report: "Report", *, raw: bytes | None = None, envelope: "Envelope | None" = None) -> Assessment:
        n = max(1, len(report.recipients))
        if not self.trust.enabled:
            return Assessment([Verdict() for _ in range(n)])
        now = self.clock()
        head = _headers(raw) if raw is not None else {}
        common = Verdict()          # evidence for every recipient of the report
        bound: dict[str, list[tuple[str, str]]] = {}   # recipient -> [(level, why)]
        tagged = self._return_path(report, envelope, head, now, common, bound)
        addresses = [_names(r) for r in report.recipients] or [set()]
        self._original(report, head, now, addresses, common, bound)
        if self.trust.dkim and raw is not None and not all(
                any(lv == VERIFIED for a in names for lv, _ in bound.get(a, ())) for names in addresses):
            self._dkim(raw, addresses, common, bound)
        verdicts = []
        for names in addresses:
            v = Verdict(common.level, list(common.evidence), common.failed)
            for a in sorted(names):
                for level, why in bound.get(a, ()):
                    v.raise_to(level, why)
            if tagged and tagged not in names:
                v.fail(f"verp: the signed return path names {tagged}, not this recipient")
            verdicts.append(v.settle())
        return Assessment(verdicts, tagged)

    # -- the return path the bounce was sent to ------------------------------------------------
    def _return_path(self, report, envelope, head, now, common: Verdict, bound) -> str | None:
        candidates: list[str] = []
        if envelope is not None and envelope.recipient:
            candidates.append(envelope.recipient)
        for h in _RETURN_PATH_HEADERS:
            for value in head.get(h, ())[:2]:
                # as written: find_all() would strip the BATV wrapper this looks for.  Only the
                # start of the value (a path is at most 256 octets, RFC 5321 4.5.3.1.3): findall
                # over a 64 KB run of address characters took 0.1 s per field
                candidates += [m.group() for m in itertools.islice(_ADDR.finditer(value, 0, _MAX_FIELD_SCAN), 2)]
        tagged = None
        seen: set[str] = set()
        for c in candidates:
            c = c.strip().strip("<>").lower()
            if not c or c in seen:
                continue
            seen.add(c)
            if len(seen) > _MAX_CANDIDATES:
                break
            if verp.is_batv(c):
                chk = verp.batv_check(c, keys=self.keys, now=now, validity=self._batv_validity)
                if chk.valid:
                    common.raise_to(VERIFIED, f"batv: signed envelope sender {chk.recipient} (key {chk.key_id}; "
                                              "binds the sender, not the recipient)")
                else:
                    common.fail(f"batv: {c}: {chk.why}")
                continue
            chk = verp.check(c, keys=self.keys, patterns=self.patterns, max_age=self.trust.max_age, now=now,
                             resolve=self.resolve)
            if chk.valid and chk.recipient:
                tagged = tagged or chk.recipient
                bound.setdefault(chk.recipient, []).append(
                    (VERIFIED, f"verp: signed return path for {chk.recipient} (key {chk.key_id})"))
            elif chk.why == "no tag":
                common.raise_to(UNVERIFIED, "verp: unsigned return path")
            elif chk.why != "not a VERP address":
                common.fail(f"verp: {c}: {chk.why}")
        return tagged

    # -- the returned original (and, for replies, the message they answer) ----------------------
    def _original(self, report, head, now, addresses, common: Verdict, bound) -> None:
        ids: list[str] = []
        if report.original.message_id:
            ids.append(report.original.message_id)
        if report.kind in _REPLY_KINDS:
            for h in ("in-reply-to", "references"):
                for value in head.get(h, ())[:1]:
                    ids += value.replace(">", "> ").split()
        ids = [i for i in dict.fromkeys(x.strip() for x in ids) if i][:_MAX_IDS]
        names = sorted(set().union(*addresses))
        if not self.keys:  # ids and tokens are MACed with the trust keys: none, nothing to check
            ids = []
        for mid in ids:
            unbound = verp.check_message_id(mid, keys=self.keys, recipient=None, max_age=self.trust.max_age, now=now)
            if unbound.why in (verp.NO_TAG, verp.MALFORMED):
                continue  # not one of ours
            if unbound.valid:
                common.raise_to(PLAUSIBLE, f"message-id: ours, made without a recipient ({mid})")
                continue
            if not unbound.bound or unbound.why == verp.UNKNOWN_KEY:
                common.fail(f"message-id: {mid}: {unbound.why}")
                continue
            whys = self._bind(verp.check_message_id, mid, names, now, bound, "message-id: ours,")
            if whys and verp.VALID not in whys:
                common.fail(f"message-id: {mid}: {_failure(whys)}")
        token = _header(report.original.headers, self.trust.header) if self.keys else None
        if token:
            whys = self._bind(verp.check_token, token, names, now, bound, f"token: {self.trust.header}")
            if whys and not whys & {verp.VALID, verp.NO_TAG, verp.MALFORMED}:
                common.fail(f"token: {self.trust.header}: {_failure(whys)}")
        domains = set(self.trust.domains)
        if domains:
            for what, value in (("From", report.original.from_), ("Message-ID", report.original.message_id)):
                found = find_all(value or "")[:1] if what == "From" else [(value or "").strip("<> ")]
                if found and found[0].rpartition("@")[2].lower().rstrip(">") in domains:
                    common.raise_to(PLAUSIBLE, f"original: {what} in our domain (anyone can write it)")

    def _bind(self, check, value: str, names: list[str], now: float, bound, what: str) -> set[str]:
        """Check a recipient-bound id or token (``verp.check_message_id`` / ``check_token``) for
        each recipient of the report; a recipient it was made for gets VERIFIED evidence.
        Returns why it held or not, per recipient."""
        whys = set()
        for a in names:
            chk = check(value, keys=self.keys, recipient=a, max_age=self.trust.max_age, now=now)
            if chk.valid:
                bound.setdefault(a, []).append((VERIFIED, f"{what} made for {a}"))
            whys.add(chk.why)
        return whys

    # -- DKIM over the returned headers ----------------------------------------------------------
    def _dkim(self, raw: bytes, addresses, common: Verdict, bound) -> None:
        from filter.trust import dkimcheck

        original = dkimcheck.returned_original(raw)
        if original is None:
            return
        result = dkimcheck.check(original, keys=self._dkim_domain_keys())
        if not result.valid:
            if result.why in _DKIM_FAILED:  # our signature, and it does not hold
                common.fail(f"dkim: {result.why}")
            elif result.why != "no signature of ours":  # no key, DNS trouble: no evidence either way
                common.raise_to(UNVERIFIED, f"dkim: {result.why}")
            return
        named = {a.lower() for h in ("to", "cc") for a in find_all(result.signed.get(h, ""))}
        where = f"dkim: d={result.domain} s={result.selector} verifies over the returned headers (body {result.body})"
        hit = False
        for names in addresses:
            for a in names & named:
                bound.setdefault(a, []).append((VERIFIED, f"{where}; signed To/Cc names {a}"))
                hit = True
        if not hit:
            common.raise_to(PLAUSIBLE, f"{where}; its To/Cc name another recipient")

    def _dkim_domain_keys(self):
        if self._dkim_keys is None:
            from filter.trust.dkimcheck import DkimKey

            keys = []
            for d in self.trust.dkim:
                pk = None
                if d.public_key_file is not None:
                    try:
                        pk = d.public_key_file.read_bytes()
                    except OSError:
                        continue
                keys.append(DkimKey(d.domain, d.selector, pk))
            self._dkim_keys = keys
        return self._dkim_keys


def _failure(whys: set[str]) -> str:
    """Why a message id or token bound to a recipient held for none of the report's recipients."""
    for why in (verp.UNKNOWN_KEY, verp.EXPIRED):
        if why in whys:
            return why
    return "made for another recipient (or forged)"


def _names(r) -> set[str]:
    """The addresses a recipient result answers to: the address and the one the sender wrote."""
    out = set()
    if r.address:
        out.add(r.address.lower())
    if r.original_recipient:
        out.add(r.original_recipient.lower())
    return out


def _header(headers: dict[str, str], name: str) -> str | None:
    name = name.lower()
    for k, v in headers.items():
        if k.lower() == name:
            return v
    return None


def _headers(raw: bytes) -> dict[str, list[str]]:
    """The bounce's own top-level header fields we read (unfolded), by lower-case name."""
    end = raw.find(b"\n\n")
    end2 = raw.find(b"\r\n\r\n")
    cut = min(x for x in (end, end2, 65536) if x >= 0)
    wanted = set(_RETURN_PATH_HEADERS) | {"in-reply-to", "references"}
    out: dict[str, list[str]] = {}
    name = None
    for line in raw[:cut].decode("utf-8", "replace").splitlines():
        if line[:1] in (" ", "\t") and name:
            out[name][-1] += " " + line.strip()
            continue
        k, sep, v = line.partition(":")
        name = k.strip().lower() if sep else None
        if name in wanted:
            out.setdefault(name, []).append(v.strip())
        else:
            name = None
    return out
