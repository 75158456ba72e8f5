"""Who is asking: API tokens (``Authorization: Bearer``), page sessions and CSRF tokens.

Why this shape: tokens live in the config by reference only (``web.tokens``); the API sends one on
every request, a browser logs in with one once and then carries a signed session cookie
(HttpOnly, SameSite=Strict, Secure over TLS) that names the token, not the token itself.  A
session stays valid only while its token is configured with the same value (a SIGHUP that
removes or changes a token ends its sessions).  Every form post carries the session's CSRF token;
SameSite=Strict already keeps other sites' posts from carrying the cookie, this is the second
lock.  Tokens are compared in constant time and never logged.
"""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

from itsdangerous import BadSignature, URLSafeTimedSerializer

from filter.config import WebSettings

__all__ = ["Principal", "Auth", "ANONYMOUS"]

SESSION_COOKIE = "bf_session"


@dataclass(frozen=True, slots=True)
class Principal:
    """The caller: the token's name (written as ``source: web:NAME`` into the events it makes)
    and its role; ``csrf`` is the session's form token (empty for the API)."""

    name: str
    role: str
    csrf: str = ""

    @property
    def can_write(self) -> bool:
        return self.role == "write"


#: the caller when no token is configured (loopback only, docs/web.md): may look, never change
ANONYMOUS = Principal("anonymous", "read")


class Auth:
    """Checks tokens and sessions against one ``web:`` section (a new one after a reload)."""

    def __init__(self, web: WebSettings, secret: bytes | None = None):
        self.web = web
        key = str(web.session_secret).encode() if web.session_secret is not None else (secret or os.urandom(32))
        self._key = key
        self._sessions = URLSafeTimedSerializer(key, salt="bouncefilter-web-session")

    @property
    def open(self) -> bool:
        """No token configured: everyone is :data:`ANONYMOUS` (read only)."""
        return not self.web.tokens

    def _fingerprint(self, token: str) -> str:
        return hmac.new(self._key, token.encode(), hashlib.sha256).hexdigest()[:24]

    def token(self, presented: str | None) -> Principal | None:
        """The principal of a presented token, or None (every configured token is compared)."""
        if not presented:
            return None
        found = None
        for t in self.web.tokens:
            if hmac.compare_digest(str(t.token).encode(), presented.encode()):
                found = t
        return Principal(found.name, found.role) if found is not None else None

    def bearer(self, header: str | None) -> Principal | None:
        """``Authorization: Bearer TOKEN`` -> the principal, or None."""
        if not header:
            return None
        scheme, _, value = header.partition(" ")
        if scheme.lower() != "bearer":
            return None
        return self.token(value.strip())

    def new_session(self, presented: str) -> tuple[Principal, str] | None:
        """Log in with a token: (principal, the cookie value), or None for a wrong token."""
        p = self.token(presented)
        if p is None:
            return None
        csrf = os.urandom(16).hex()
        value = self._sessions.dumps({"n": p.name, "f": self._fingerprint(presented), "c": csrf})
        return Principal(p.name, p.role, csrf), value

    def session(self, cookie: str | None) -> Principal | None:
        """The principal of a session cookie still valid (signed, not expired, token unchanged)."""
        if not cookie:
            return None
        try:
            data = self._sessions.loads(cookie, max_age=self.web.session_max_age)
        except BadSignature:
            return None
        if not isinstance(data, dict):
            return None
        for t in self.web.tokens:
            if t.name == data.get("n") and hmac.compare_digest(self._fingerprint(str(t.token)), str(data.get("f"))):
                return Principal(t.name, t.role, str(data.get("c", "")))
        return None

    @staticmethod
    def csrf_ok(principal: Principal, presented: str | None) -> bool:
        return bool(principal.csrf) and presented is not None and hmac.compare_digest(principal.csrf, presented)
