"""Action types: a registry of modules, each imported only when an action of its type runs.

An action receives an event payload (the webhook body, ``docs/config.md``) and never parses mail.
It reports the outcome by returning (done) or raising :class:`Retry` (temporary: try again later)
or :class:`Permanent` (will never work as configured: dead letter).  The outbox
(``filter/engine/outbox.py``) owns retrying, with tenacity inside one attempt and the durable
``next_attempt`` across hours.

Writing a new type = one module here with ``class Action`` (``__init__(cfg, config)``,
``deliver(event, ctx)``, optionally ``deliver_batch(events, ctx) -> list[Exception | None]``), one
entry in :data:`MODULES`, and its keys in ``filter.config.ACTION_SCHEMAS``.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable

if TYPE_CHECKING:  # pragma: no cover
    from filter.config import ActionConfig, Config

__all__ = ["Retry", "Permanent", "Context", "MODULES", "create"]

MODULES: dict[str, str] = {
    "webhook": "filter.engine.actions.webhook",
    "suppression_file": "filter.engine.actions.suppression_file",
    "exec": "filter.engine.actions.exec",
    "log": "filter.engine.actions.log",
    "forward": "filter.engine.actions.forward",
}


class Retry(Exception):
    """A temporary failure (target down, timeout, 5xx, 408/429): try again later."""


class Permanent(Exception):
    """A failure that retrying will not fix (4xx, bad address, refused): dead letter."""


@dataclass(slots=True)
class Context:
    """What an action may ask the engine for, besides the event payload."""

    #: the original raw message of an event, when it was kept (``forward``)
    message: Callable[[str], bytes | None] = lambda event_id: None
    #: the store's current suppression row of an address (``suppression_file`` mirrors it)
    suppression: Callable[[str], dict[str, Any] | None] = lambda address: None
    #: ``time.monotonic()`` limit of this attempt (the inline budget), or None
    deadline: float | None = None

    def timeout(self, default: float) -> float:
        """The action's own timeout, shortened to what is left of the deadline."""
        if self.deadline is None:
            return default
        return max(0.05, min(default, self.deadline - time.monotonic()))


def create(cfg: "ActionConfig", config: "Config"):
    """Instantiate the action of one config entry (imports its module now)."""
    import importlib

    module = importlib.import_module(MODULES[cfg.type])
    return module.Action(cfg, config)
