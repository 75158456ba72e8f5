"""(enhanced status, reply code, diagnostic text, failing command) -> reason.

The status code and the words both count (../shared/docs/taxonomy.md): a specific code decides
unless a more specific phrase says otherwise, a vague code ("5.0.0", "5.7.1") only counts when no
phrase says more, and the SMTP command tells whose fault it was.  The order below is the order
in which meanings win when a text carries several ("mailbox full" beats the 5.1.1 some servers
send with it; "sender rejected" at MAIL FROM is about us, not the recipient).
"""
from __future__ import annotations

import re

from . import patterns
from .patterns import matches, status_reason

# Reasons decided by a specific status code OR a phrase, first one wins.
FIRST = (
    "mailbox_full", "message_too_large", "suspended", "has_moved", "no_relaying", "auth_failure",
    "user_unknown", "filtered", "require_ptr", "not_compliant_rfc", "bad_reputation", "rejected",
    "host_unknown", "spam_detected", "virus_detected", "rate_limited", "blocked",
)
# Reasons a phrase decides even against a code, when nothing above did.
SECOND = (
    "policy_violation", "system_full", "not_accept", "content_error", "failed_starttls", "suppressed",
    "mailer_error", "syntax_error", "on_hold", "system_error", "network_error",
)
# A "user unknown" status whose text says one of these is about something else.
_NOT_USER = ("no_relaying", "blocked", "mailbox_full", "has_moved", "rejected", "not_accept", "auth_failure",
             "require_ptr", "bad_reputation", "rate_limited")
_CONNECT_STAGE = ("CONN", "EHLO", "HELO", "STARTTLS")
_WS = re.compile(r"\s+")
_TEMPORARY_DNS = re.compile(r"not found, try again|temporary (?:failure|error)|servfail|timed? ?out|try again later")


def normalize(text: str | None) -> str:
    return _WS.sub(" ", text).strip().lower() if text else ""


def decide(*, status: str | None, diagnostic: str | None, command: str | None = None,
           action: str | None = None, diag_type: str | None = None, context: str | None = None) -> str:
    """The reason for one recipient record (see the module docstring for the order).

    ``context`` is the report's own wording around the recipient ("was aborted after 5 hours");
    it only decides when the server's words do not.
    """
    action = (action or "").lower()
    if action in ("delivered", "relayed", "expanded") or (status or "").startswith("2."):
        return "delivered"
    text = normalize(diagnostic)
    provider = provider_reason(text)
    if provider:
        return provider
    spec, fallback = status_reason(status)
    if spec == "host_unknown" and status and status.startswith("5.4.4") and matches("not_accept", text):
        spec = "not_accept"  # RFC 7505 null MX, or no MX at all: the domain takes no mail
    reason = _decide(spec, fallback, text, command, action, diag_type, normalize(context),
                     (status or _first_code(text) or " ")[0])
    if reason == "network_error" and action == "failed" and not (status or "").startswith("5") and (
            matches("connect_failure", text) or matches("connect_failure", normalize(context))):
        return "expired"  # a final report about a server never reached: the sender's MTA gave up
    return reason


def _decide(spec, fallback, text, command, action, diag_type, context, status_class=None) -> str:
    if (diag_type or "") in ("x-unix", "x-local", "x-pipe"):
        # a local delivery program's words, not an SMTP server's (RFC 3464 diagnostic-type)
        return "mailbox_full" if matches("mailbox_full", text) else "mailer_error"
    for reason in FIRST:
        if _first_matches(reason, spec, text, command, status_class):
            if reason in ("user_unknown", "host_unknown") and command == "MAIL":
                return "rejected"  # the server did not know *our* address or domain
            return reason
    for reason in SECOND:
        if matches(reason, text):
            return reason
    if matches("user_unknown_weak", text):
        if command == "RCPT" or spec == "user_unknown":
            return "user_unknown"
        if command == "DATA":
            return "filtered"
    if matches("access_denied", text):
        if command in ("MAIL", "DATA"):
            return "rejected"
        if command in _CONNECT_STAGE:
            return "blocked"
    if spec:
        return spec
    if matches("expired", text) or matches("connect_failure", text):
        return "expired" if action != "delayed" or matches("expired", text) else "network_error"
    if command in _CONNECT_STAGE and text:
        return "blocked"  # refused before any recipient was named: the refusal is of the sender
    if command == "MAIL" and text:
        return "rejected"
    if matches("security_error", text):
        return "security_error"
    if fallback:
        return fallback
    if context and (matches("expired", context) or matches("connect_failure", context)):
        return "expired"
    if action == "delayed":
        return "expired"
    return "on_hold" if text else "undefined"


_CODE_AT_START = re.compile(r"^([245])\d\d\b")


def _first_code(text: str) -> str | None:
    m = _CODE_AT_START.match(text)
    return m.group(1) if m else None


def _first_matches(reason: str, spec: str | None, text: str, command: str | None,
                   status_class: str | None = None) -> bool:
    if reason == "user_unknown":
        if spec == "user_unknown" or spec == "not_accept" and matches(reason, text):
            # an addressing status (X.1.x): the words decide only if they point elsewhere
            return not any(matches(other, text) for other in _NOT_USER)
        # without a code that says so, "user unknown" after DATA, or at a stage the report does
        # not name, may be a content filter speaking: only a RCPT reply makes it final
        return command in ("RCPT", "MAIL") and matches("user_unknown", text)
    if reason == "filtered":
        if spec == "filtered":
            return matches("user_unknown", text) or matches("filtered", text)
        if command in ("RCPT", "MAIL") or command in _CONNECT_STAGE:
            return False
        return matches("filtered", text) or (spec is None and matches("user_unknown", text))
    if reason == "rejected":
        if spec == "rejected":
            return True
        if command == "MAIL":
            return matches("rejected", text) or matches("host_unknown", text)
        if command == "DATA" and spec != "user_unknown":
            return matches("rejected", text)
        return spec in (None, "on_hold", "security_error", "system_error") and matches("rejected", text)
    if reason == "host_unknown":
        if spec == "host_unknown":
            return True
        # a temporary (4xx) or retryable DNS failure does not prove the domain is gone
        return (command != "MAIL" and matches(reason, text) and not _TEMPORARY_DNS.search(text)
                and not (spec == "network_error" or (status_class == "4")))
    return spec == reason or matches(reason, text)


# -- provider codes ------------------------------------------------------------------------------
# Mailbox providers put their own codes in the text; they are more precise than the status.
_PROVIDER: list[tuple[re.Pattern[str], str]] | None = None


def provider_reason(text: str) -> str | None:
    global _PROVIDER
    if _PROVIDER is None:
        _PROVIDER = [(re.compile(p), r) for p, r in patterns.PROVIDER_CODES]
    if not text:
        return None
    for pattern, reason in _PROVIDER:
        if pattern.search(text):
            return reason
    return None
