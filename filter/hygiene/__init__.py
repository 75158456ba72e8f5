"""List hygiene: keep addresses that would bounce off a list before they are sent to.

    >>> from filter.hygiene import verify
    >>> r = verify("jane@gmial.com")            # -> filter.hygiene.verifier.Result
    >>> r.verdict, r.reasons, r.suggestion       # ('risky', ('disposable', 'typo', 'mx'), 'jane@gmail.com')

``verify`` (docs/hygiene.md) checks syntax, the domain's mail hosts, the shipped disposable, role and
typo lists, optionally the MX itself (the SMTP probe) and, with a config, this project's own history
of the address.  :mod:`filter.hygiene.probation` lifts soft-bounce suppressions into probation after
a quiet period, and :mod:`filter.hygiene.reconfirm` asks an address's owner by mail before a removal
for good (docs/hygiene.md).

Importing this package costs nothing: dnspython and email-validator load on the first check.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from filter.hygiene.verifier import Result, Settings, Verifier

__all__ = ["verify", "Result", "Settings", "Verifier"]


def verify(addresses: Any, **kw: Any) -> Any:
    """:func:`filter.hygiene.verifier.verify`: one address -> a Result, several -> a list of them."""
    from filter.hygiene.verifier import verify as _verify

    return _verify(addresses, **kw)


def __getattr__(name: str) -> Any:
    if name in ("Result", "Settings", "Verifier"):
        from filter.hygiene import verifier as module

        return getattr(module, name)
    raise AttributeError(f"module 'filter.hygiene' has no attribute {name!r}")
