"""``webhook``: POST one event as JSON, signed, to an HTTP(S) endpoint.

Request (the contract of issue 3, ``docs/config.md``):

* body: the event payload, UTF-8 JSON;
* ``Content-Type: application/json``; ``Idempotency-Key: <event id>`` so that a receiver that saw a
  delivery whose answer was lost can drop the retry;
* ``X-Bouncefilter-Signature: t=<unix time>,v1=<hex HMAC-SHA256("<t>.<body>", secret)>``
  (RFC 2104 HMAC with SHA-256; the timestamp in the signed text lets a receiver refuse replays).

Outcome: 2xx = done; 4xx other than 408 (Request Timeout) and 429 (Too Many Requests, RFC 6585) =
dead letter (the receiver refuses this payload and will keep refusing it); anything else,
including 3xx (redirects are not followed: a POST must not silently become a GET), 5xx, timeouts
and connection errors = retry.  TLS is verified against the system CAs, or ``ca_file``.

``urllib``/``ssl`` are imported when the first request is made, not when the engine starts.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import time
from typing import Any

from . import Context, Permanent, Retry

SIGNATURE_HEADER = "X-Bouncefilter-Signature"
USER_AGENT = "bouncefilter-webhook/1"


def sign(secret: str | bytes, body: bytes, timestamp: int | None = None) -> str:
    """The signature header value for ``body``: ``t=<unix time>,v1=<hex>``."""
    t = int(time.time()) if timestamp is None else int(timestamp)
    key = secret.encode("utf-8") if isinstance(secret, str) else secret
    mac = hmac.new(key, str(t).encode("ascii") + b"." + body, hashlib.sha256).hexdigest()
    return f"t={t},v1={mac}"


def verify(secret: str | bytes, body: bytes, header: str, *, tolerance: float = 300.0,
           now: float | None = None) -> bool:
    """Receiver side: check a signature header (constant-time), refusing stale timestamps."""
    parts = dict(p.split("=", 1) for p in header.split(",") if "=" in p)
    try:
        t = int(parts["t"])
    except (KeyError, ValueError):
        return False
    if abs((time.time() if now is None else now) - t) > tolerance:
        return False
    expected = sign(secret, body, t).split("v1=", 1)[1]
    return any(hmac.compare_digest(expected, v) for k, v in
               (p.split("=", 1) for p in header.split(",") if "=" in p) if k == "v1")


def body_of(event: dict[str, Any]) -> bytes:
    return json.dumps(event, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


class Action:
    def __init__(self, cfg, config):
        self.name = cfg.name
        self.url: str = cfg.options["url"]
        self.secret: str = cfg.options["secret"]
        self.timeout = float(cfg.options.get("timeout") or 10.0)
        self.ca_file = cfg.options.get("ca_file")
        self.extra_headers = [tuple(s.strip() for s in h.split(":", 1)) for h in cfg.options.get("headers") or ()]
        self._opener = None

    def _open(self):
        if self._opener is None:
            import ssl
            import urllib.request

            class NoRedirect(urllib.request.HTTPRedirectHandler):
                def redirect_request(self, *args, **kwargs):
                    return None

            context = ssl.create_default_context(cafile=str(self.ca_file) if self.ca_file else None)
            self._opener = urllib.request.build_opener(NoRedirect, urllib.request.HTTPSHandler(context=context))
        return self._opener

    def deliver(self, event: dict[str, Any], ctx: Context) -> None:
        import http.client
        import urllib.error
        import urllib.request

        body = body_of(event)
        headers = {"Content-Type": "application/json", "User-Agent": USER_AGENT,
                   "Idempotency-Key": str(event["id"]), SIGNATURE_HEADER: sign(self.secret, body)}
        for k, v in self.extra_headers:
            headers.setdefault(k, v)
        request = urllib.request.Request(self.url, data=body, headers=headers, method="POST")
        try:
            with self._open().open(request, timeout=ctx.timeout(self.timeout)) as resp:
                status = resp.status
                resp.read(65536)
        except urllib.error.HTTPError as e:
            status = e.code
            e.close()
        except (urllib.error.URLError, http.client.HTTPException, OSError) as e:
            reason = getattr(e, "reason", None) or e
            raise Retry(f"POST {self.url}: {reason}") from None
        if 200 <= status < 300:
            return
        if 400 <= status < 500 and status not in (408, 429):
            raise Permanent(f"POST {self.url}: HTTP {status}")
        raise Retry(f"POST {self.url}: HTTP {status}")
