"""Probation: a suppression the soft-bounce policy made expires after a quiet period.

Why: a soft bounce (mailbox full, server down, greylisting) says the address failed *then*; the
cause is often gone a week or two later, and an address suppressed for it forever is a customer
lost.  So, every ``soft_bounce.probation_interval`` (``bouncefilter outbox work``) or by hand
(``bouncefilter suppression probation [--dry-run]``):

1. every suppression with policy ``soft_bounce`` whose address has been quiet (no bounce: the
   row's ``last_seen``) for ``soft_bounce.probation_after`` (default 14 d; 0: never) is a
   candidate;
2. with ``soft_bounce.probation_verify: true``, each candidate is verified first (syntax + DNS,
   :mod:`filter.hygiene.verifier`, never the SMTP probe nor the store's history, which would only
   say "suppressed"); an ``undeliverable`` one stays suppressed, marked ``held`` with the reason,
   and is looked at again after another ``probation_after``;
3. the others are lifted through :meth:`filter.engine.Engine.start_probation`: off the suppression
   list and every suppression file, as ``unsuppress`` takes them off, with a ``probation`` event
   through the rules, and marked ``probation`` for ``soft_bounce.probation_for`` (default 30 d);
4. probation marks past their end are forgotten: the address is an ordinary one again.

Meanwhile the engine (:meth:`filter.engine.Engine._apply`) suppresses an address on probation
again at its first soft bounce (a ``resuppressed`` event); after ``soft_bounce.probation_max``
such strikes (default 1) the next one is for good (policy ``probation``: never on probation again).
Hard bounces and complaints never get here: only ``soft_bounce`` suppressions are candidates.

Time comes from ``now`` (default the engine's clock), so tests run it on simulated time.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable

if TYPE_CHECKING:  # pragma: no cover
    from filter.engine import Engine

__all__ = ["ProbationResult", "run", "summary"]

#: candidates read (and verified) per batch
BATCH = 200


@dataclass(slots=True)
class ProbationResult:
    """What one run did (or, in a dry run, would do)."""

    #: addresses lifted into probation
    probation: list[str] = field(default_factory=list)
    #: (address, why) kept suppressed by the verify run
    held: list[tuple[str, str]] = field(default_factory=list)
    #: addresses whose probation ended without a bounce
    graduated: list[str] = field(default_factory=list)
    #: events recorded, deliveries enqueued
    events: int = 0
    enqueued: int = 0
    dry_run: bool = False
    #: False when the deadline stopped the run (the next one goes on)
    complete: bool = True

    def to_dict(self) -> dict[str, Any]:
        return {"dry_run": self.dry_run, "complete": self.complete, "probation": self.probation,
                "held": [{"address": a, "why": w} for a, w in self.held], "graduated": self.graduated,
                "events": self.events, "enqueued": self.enqueued}


def _verifier(engine: "Engine"):
    """Syntax + DNS only: the probe is for addresses before they enter, and the history knows
    only that the address is suppressed."""
    from filter.hygiene.verifier import Settings, Verifier

    return Verifier(Settings.from_config(engine.config, probe=False))


def run(engine: "Engine", *, now: float | None = None, dry_run: bool = False, deadline: float | None = None,
        should_stop: Callable[[], bool] = lambda: False, inline_budget: float | None = 0,
        verifier: Any = None) -> ProbationResult:
    """One probation run (see the module's docstring).  ``deadline`` (``time.monotonic()``) and
    ``should_stop`` end it between two addresses; ``inline_budget`` (default 0: the outbox worker
    delivers) is each lift's, as for ``suppression remove``; ``verifier`` replaces the one built
    from the config (``dns:``).  Raises :class:`filter.store.base.StoreUnavailable` when the store
    cannot be used (what was done before stays done)."""
    sb = engine.config.soft_bounce
    now = engine.clock() if now is None else now
    result = ProbationResult(dry_run=dry_run)
    store = engine.store

    def stopped() -> bool:
        if should_stop() or (deadline is not None and time.monotonic() >= deadline):
            result.complete = False
            return True
        return False

    if sb.probation_after > 0:
        quiet_since = now - sb.probation_after
        seen: set[str] = set()
        check = None
        while not stopped():
            rows = [r for r in store.probation_candidates(quiet_since=quiet_since, now=now,
                                                          limit=BATCH + len(seen) if dry_run else BATCH)
                    if r["address"] not in seen]
            if not rows:
                break
            seen.update(r["address"] for r in rows)
            verdicts: dict[str, str] = {}
            if sb.probation_verify:
                check = check or verifier or _verifier(engine)
                for row, res in zip(rows, check.verify_many([r["address"] for r in rows])):
                    if res.verdict == "undeliverable":
                        verdicts[row["address"]] = "; ".join(f"{c}: {d}" if d else c
                                                            for c, d in zip(res.reasons, res.details))
            for row in rows:
                if stopped():
                    break
                address = row["address"]
                why = verdicts.get(address)
                if why is not None:
                    result.held.append((address, why))
                    if not dry_run:
                        _hold(engine, row, why, now)
                    continue
                if dry_run:
                    result.probation.append(address)
                    continue
                out = engine.start_probation(row, now=now, inline_budget=inline_budget)
                if out.events:
                    result.probation.append(address)
                    result.events += out.new
                    result.enqueued += out.enqueued
            if len(rows) < BATCH:
                break
    # probation over without a bounce: an ordinary address again
    while not stopped():
        due = [m for m in store.hygiene_due("probation", now, limit=BATCH) if m["address"] not in result.graduated]
        if not due:
            break
        for m in due:
            result.graduated.append(m["address"])
            if not dry_run:
                with store.transaction():
                    current = store.hygiene(m["address"])
                    if current is not None and current["state"] == "probation" and current["due"] <= now:
                        store.clear_hygiene(m["address"])
        if len(due) < BATCH:
            break
    return result


def _hold(engine: "Engine", row: dict[str, Any], why: str, now: float) -> None:
    """Keep an undeliverable address suppressed until another quiet period has passed."""
    mark = engine.store.hygiene(row["address"])
    with engine.store.transaction():
        engine.store.set_hygiene(row["address"], state="held", at=now, due=now + engine.config.soft_bounce.probation_after,
                                 strikes=int(mark["strikes"]) if mark else 0, reason=row["reason"],
                                 class_=row["class"], event_id=row["event_id"], note=why[:500])


def summary(result: ProbationResult) -> str:
    """One line: what was (or would be) done."""
    verb = "would put" if result.dry_run else "put"
    text = (f"probation: {verb} {len(result.probation)} address(es) on probation, "
            f"kept {len(result.held)} undeliverable one(s) suppressed, "
            f"{len(result.graduated)} probation(s) ended")
    if not result.complete:
        text += " (stopped before the end: the next run goes on)"
    return text
