"""Format detectors, tried in order; the first that recognises a message wins.

Every detector is a module with a ``name`` and a ``detect(msg) -> Detection | None`` function
(see ``base.py``).  To add a format: write ``vendors/<mta>.py`` and list it in ``ORDER`` before
the generic ``text`` detector, with a test that reads a sample of it.  Modules are imported on
first use, so a detector costs nothing until a message needs it.
"""
from __future__ import annotations

import importlib
from types import ModuleType

#: module names under filter.core.detectors, most authoritative first
ORDER: tuple[str, ...] = (
    "arf",         # RFC 5965 feedback reports and provider complaints
    "vendors.amazonses",  # SES event notifications (JSON)
    "vendors.ownwords",   # carriers and gateways that state the cause in fixed sentences
    "vendors.pec",        # Italian certified mail (PEC): its providers' receipts (X-Ricevuta, daticert.xml)
    "dsn",         # RFC 3464 / RFC 6533 delivery status notifications
    "mdn",         # RFC 5429 Sieve rejects, sent as disposition notifications
    "vendors.lists",      # list managers and Google Groups refusing a post (not a DSN: plain notices)
    "autoreply",   # RFC 3834 auto-replies, challenge-response, unsubscribe requests
    "vendors.exchange",   # Exchange 5.5-2003 "did not reach the following recipient(s)"
    "vendors.notes",      # Lotus Notes / Domino "Failure Reasons"
    "vendors.groupwise",  # GroupWise "undeliverable to the following:" naming user IDs, not addresses
    "text",        # every other free-text bounce
)

_loaded: list[ModuleType] | None = None


def registry() -> list[ModuleType]:
    global _loaded
    if _loaded is None:
        _loaded = [importlib.import_module(f"{__name__}.{mod}") for mod in ORDER]
    return _loaded
