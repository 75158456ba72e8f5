"""SHA-256 for the one-shot paths, without loading OpenSSL.

``hashlib`` loads OpenSSL's ``_hashlib`` on import (about 2.5 ms of every pipe's start, 2 % of it)
to hash a few hundred bytes: an event's id, the config cache's key.  CPython ships its own
SHA-256 (``_sha2`` since 3.12, ``_sha256`` before; what ``hashlib`` itself falls back to on a build
without OpenSSL), same digests, loaded in 0.2 ms.  Any other interpreter gets ``hashlib``'s.
"""
from __future__ import annotations

try:
    from _sha2 import sha256  # CPython >= 3.12
except ImportError:
    try:
        from _sha256 import sha256  # CPython 3.11
    except ImportError:  # pragma: no cover - another interpreter
        from hashlib import sha256

__all__ = ["sha256"]
