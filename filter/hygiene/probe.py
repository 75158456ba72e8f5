"""The optional SMTP probe: ask the domain's MX whether it would take mail for an address.

Off by default, because of what it costs and risks (docs/hygiene.md, "The SMTP probe"): it
needs outbound port 25, which many networks block; big providers (Gmail, Microsoft, Yahoo)
accept every RCPT and decide later, or rate-limit and blocklist hosts that probe; a probe looks
like a directory-harvest attack to the receiving side.  What it does (RFC 5321 section 3.3): connect
to the first MX host that answers, EHLO, ``MAIL FROM:<>`` (the null sender, as an MTA's own
callout verification uses), ``RCPT TO`` the address, then ``RCPT TO`` a random local part of the same
domain to detect a catch-all, then RSET and QUIT: never DATA, so no mail is sent.

The answer to RCPT is read with the project's own classifier (:func:`filter.core.classifier.decide`):
a 5xx that says the mailbox does not exist (class hard) is ``smtp_rejected``; a 5xx about *us*
(a blocklist, a policy) says nothing about the address (``smtp_blocked``, unknown); any 4xx
(greylisting, RFC 6647; rate limits) is ``smtp_tempfail``, unknown, and is not retried.
``port`` replaces 25 (tests, and sites whose probes go through a relay port); the probe's
verdicts are cached per domain for the catch-all test only.
"""
from __future__ import annotations

import secrets
import smtplib
import socket
import threading
from dataclasses import dataclass

ACCEPTED = "smtp_accepted"
REJECTED = "smtp_rejected"
SOFT = "smtp_soft"
BLOCKED = "smtp_blocked"
TEMPFAIL = "smtp_tempfail"
UNREACHABLE = "smtp_unreachable"
NO_SMTPUTF8 = "smtp_no_smtputf8"
CATCH_ALL = "catch_all"

#: the probe's outcome for a 5xx RCPT reply, by the class the classifier gives its reason
#: (docs/vocabulary.md): only "hard" is about the address
CLASS_OUTCOME = {"hard": REJECTED, "soft": SOFT, "block": BLOCKED, "undetermined": BLOCKED, "info": BLOCKED}


@dataclass(frozen=True, slots=True)
class ProbeSettings:
    """How to probe (the config's ``verify:`` section, ``--probe-port``)."""

    port: int = 25
    timeout: float = 10.0
    #: the EHLO name; None: this host's FQDN
    helo: str | None = None
    #: the envelope sender; "" is the null sender <>
    mail_from: str = ""


@dataclass(frozen=True, slots=True)
class ProbeResult:
    outcome: str
    detail: str


def _reply(code: int, text: bytes | str) -> str:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return f"{code} {' '.join(text.split())}"[:300]


class Prober:
    """Probes addresses; remembers per domain whether it is a catch-all."""

    def __init__(self, settings: ProbeSettings):
        self.settings = settings
        self._catch_all: dict[str, bool] = {}
        self._lock = threading.Lock()
        #: asked once: socket.getfqdn() may wait on a reverse lookup
        self.helo = settings.helo or socket.getfqdn()

    def probe(self, address: str, domain: str, hosts: tuple[tuple[str, tuple[str, ...]], ...],
              *, smtputf8: bool = False) -> ProbeResult:
        """Probe ``address`` (its domain ``domain``) at ``hosts``, best first."""
        with self._lock:
            known = self._catch_all.get(domain)
        if known:
            return ProbeResult(CATCH_ALL, f"{domain} accepts any local part (found before)")
        tried: list[str] = []
        for host, addresses in hosts:
            for ip in addresses:
                try:
                    smtp = smtplib.SMTP(timeout=self.settings.timeout, local_hostname=self.helo)
                    code, text = smtp.connect(ip, self.settings.port)
                except (OSError, smtplib.SMTPException) as e:
                    tried.append(f"{host} [{ip}]:{self.settings.port}: {e}")
                    continue
                try:
                    return self._session(smtp, code, text, address, domain, host, smtputf8)
                except (OSError, smtplib.SMTPException) as e:
                    tried.append(f"{host} [{ip}]:{self.settings.port}: {type(e).__name__}: {e}")
                finally:
                    try:
                        smtp.close()
                    except OSError:
                        pass
        return ProbeResult(UNREACHABLE, "; ".join(tried) or "no MX host to probe")

    def _session(self, smtp: smtplib.SMTP, code: int, text: bytes, address: str, domain: str, host: str,
                 smtputf8: bool) -> ProbeResult:
        if code != 220:
            return self._refusal(code, text, host, "greeting")
        code, text = smtp.ehlo()
        if not 200 <= code < 300:
            code, text = smtp.helo()
            if not 200 <= code < 300:
                return self._refusal(code, text, host, "HELO")
        options = []
        if smtputf8:
            if not smtp.has_extn("smtputf8"):
                return ProbeResult(NO_SMTPUTF8, f"{host} does not offer SMTPUTF8 (RFC 6531), which "
                                                "this internationalised address needs")
            options.append("SMTPUTF8")
            smtp.command_encoding = "utf-8"
        code, text = smtp.mail(self.settings.mail_from, options)
        if not 200 <= code < 300:
            return self._refusal(code, text, host, "MAIL")
        code, text = smtp.rcpt(address)
        if not 200 <= code < 300:
            return self._refusal(code, text, host, "RCPT")
        accepted = _reply(code, text)
        local = "bf" + secrets.token_hex(8)
        code, text = smtp.rcpt(f"{local}@{domain}")
        try:
            smtp.rset()
            smtp.quit()
        except (OSError, smtplib.SMTPException):
            pass
        if 200 <= code < 300:
            with self._lock:
                self._catch_all[domain] = True
            return ProbeResult(CATCH_ALL, f"{host} accepted the random {local}@{domain} too: {_reply(code, text)}")
        if 500 <= code < 600:
            with self._lock:
                self._catch_all[domain] = False
        return ProbeResult(ACCEPTED, f"{host}: {accepted}")

    @staticmethod
    def _refusal(code: int, text: bytes, host: str, stage: str) -> ProbeResult:
        reply = _reply(code, text)
        detail = f"{host} at {stage}: {reply}"
        if 400 <= code < 500 or code < 200:
            return ProbeResult(TEMPFAIL, detail)
        if stage != "RCPT":  # a refusal of the connection, the greeting or our sender is about us
            return ProbeResult(BLOCKED, detail)
        from filter.core.classifier import decide
        from filter.core.model import reason_class
        from filter.core.smtptext import find_status

        reason = decide(status=find_status(reply), diagnostic=reply, command="RCPT")
        outcome = CLASS_OUTCOME.get(reason_class(reason, True), BLOCKED)
        return ProbeResult(outcome, f"{detail} ({reason})")
