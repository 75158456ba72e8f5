"""bouncefilter: read bounces, complaints and auto-replies; say what happened per recipient.

    >>> from filter import classify
    >>> report = classify(raw_bytes)            # -> filter.core.model.Report
    >>> report.kind, [(r.address, r.reason, r.class_) for r in report.recipients]
    >>> from filter import verify
    >>> verify("jane@gmial.com").verdict         # -> 'risky' (filter.hygiene, docs/hygiene.md)

Imports stay lazy: the Postfix pipe starts a process per bounce.
"""
from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (2 ms of every pipe's start)
if TYPE_CHECKING:  # pragma: no cover
    from filter.core.model import Envelope, Original, RecipientResult, Report

__all__ = ["classify", "verify", "Report", "RecipientResult", "Original", "Envelope"]


def classify(data: bytes, *, source: str | None = None, envelope: "Envelope | None" = None,
             verp: "str | list[str] | None" = None, max_bytes: int | None = None) -> "Report":
    """Classify one raw message (bytes as received, headers included).

    ``envelope`` carries what the MTA knows (envelope sender / recipient) for VERP decoding;
    ``verp`` overrides the VERP pattern(s) (default ``bounces+LOCAL=DOMAIN@...``);
    ``max_bytes`` bounds how much of the message is read (default 4 MiB).
    Never raises on bad input: problems are listed in ``Report.defects``.
    """
    from filter.core.pipeline import classify as _classify

    return _classify(data, source=source, envelope=envelope, verp=verp, max_bytes=max_bytes)


def verify(addresses, **kw):
    """Check addresses before they enter a list: :func:`filter.hygiene.verifier.verify`."""
    from filter.hygiene.verifier import verify as _verify

    return _verify(addresses, **kw)


def __getattr__(name: str):
    if name in ("Report", "RecipientResult", "Original", "Envelope"):
        from filter.core import model

        return getattr(model, name)
    raise AttributeError(f"module 'filter' has no attribute {name!r}")
