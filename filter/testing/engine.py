"""An engine in a temporary folder: write a config, process messages, look at what happened.

Why: "when the customer's mailbox does not exist, is the address suppressed and does my endpoint
hear about it?" is answered by the real engine with a real config, not by calling the
classifier alone.  :class:`EngineHarness` writes a small config into a folder of its own (the
state folder beside it), builds :class:`filter.engine.Engine` from it with the ordinary loader,
and gives the test the events, the suppression list and the outbox::

    with EngineHarness(tmp_dir, webhook_url=rx.url, webhook_secret="s3cret") as bf:
        outcome = bf.process(bounce_bytes)
        assert bf.is_suppressed("jane@gone.example")
        assert [e["event"] for e in bf.events()] == ["bounce", "suppressed"]

The default rules are the product's own for a web application: hard bounces, complaints and
unsubscribe requests suppress (the built-in ``suppress`` action); with a webhook every bounce and
every suppression change is posted to it.  ``rules`` replaces them (YAML, the items of
``rules:``), ``extra`` adds top-level sections (``soft_bounce: {threshold: 2}``).  The webhook's
secret is handed to the loader as an environment value, never written into the config file.
Importable without pytest.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from filter.config import Config
    from filter.engine import Engine, Outcome
    from filter.engine.outbox import RunResult

__all__ = ["EngineHarness", "DEFAULT_RULES", "SECRET_ENV"]

#: the environment name the webhook secret is passed under (to the loader only)
SECRET_ENV = "BOUNCEFILTER_TESTING_WEBHOOK_SECRET"

#: the rules when none are given; ``{hook}`` is dropped when there is no webhook
DEFAULT_RULES = """\
  - {match: {event: bounce, class: hard}, actions: [suppress]}
  - {match: {event: bounce, kind: [complaint, unsubscribe], class: info}, actions: [suppress]}
"""
_HOOK_RULE = "  - {match: {event: [bounce, suppressed, unsuppressed]}, actions: [app]}\n"


class EngineHarness:
    """A config, a state folder and an :class:`~filter.engine.Engine` under ``directory``."""

    def __init__(self, directory: str | Path, *, webhook_url: str | None = None, webhook_secret: str | None = None,
                 rules: str | None = None, extra: str = "") -> None:
        self.directory = Path(directory)
        self._engine: "Engine | None" = None
        self.configure(webhook_url=webhook_url, webhook_secret=webhook_secret, rules=rules, extra=extra)

    # -- configuration ---------------------------------------------------------------------------
    def configure(self, *, webhook_url: str | None = None, webhook_secret: str | None = None,
                  rules: str | None = None, extra: str = "") -> "EngineHarness":
        """(Re)write the config and start over with a fresh engine on the same state folder."""
        from filter.config import loads

        if webhook_secret is not None and webhook_url is None:
            raise ValueError("a webhook secret needs a webhook_url")
        self.close()
        self.webhook_url = webhook_url
        self.directory.mkdir(parents=True, exist_ok=True)
        self.state_dir = self.directory / "state"
        lines = [f"state_dir: {json.dumps(str(self.state_dir))}",
                 "outbox: {tries: 3, backoff_initial: 10ms, backoff_max: 50ms, retry_initial: 1s, retry_max: 2s, "
                 "inline_budget: 5s}"]
        if webhook_url is not None:
            secret = f", secret: '${{{SECRET_ENV}}}'" if webhook_secret is not None else ""
            lines += ["actions:", f"  app: {{type: webhook, url: {json.dumps(webhook_url)}{secret}, timeout: 5s}}"]
        text = "\n".join(lines) + "\n" + extra + ("\n" if extra and not extra.endswith("\n") else "")
        text += "rules:\n" + (rules if rules is not None else
                              DEFAULT_RULES + (_HOOK_RULE if webhook_url is not None else ""))
        self.config_path = self.directory / "bouncefilter.yaml"
        self.config_path.write_text(text, encoding="utf-8")
        env = {SECRET_ENV: webhook_secret} if webhook_secret is not None else {}
        # loads() rather than load(): the same checks, with the secret from ``env`` only
        self.config: "Config" = loads(text, filename=str(self.config_path), base=self.directory, env=env,
                                      path=self.config_path)
        return self

    @property
    def engine(self) -> "Engine":
        if self._engine is None:
            from filter.engine import Engine

            self._engine = Engine(self.config)
        return self._engine

    # -- doing -----------------------------------------------------------------------------------
    def process(self, raw: bytes, *, source: str = "test", envelope_recipient: str | None = None,
                inline_budget: float | None = None) -> "Outcome":
        """Classify, record, apply the rules and try the actions, as the pipe does."""
        from filter.core.model import Envelope

        envelope = Envelope(recipient=envelope_recipient) if envelope_recipient else None
        return self.engine.process(raw, source=source, envelope=envelope, inline_budget=inline_budget)

    def deliver(self, *, due_only: bool = False) -> "RunResult":
        """One pass of the outbox (deliveries that failed inline are tried again)."""
        return self.engine.deliver(due_only=due_only)

    # -- looking ---------------------------------------------------------------------------------
    def events(self, *, event: str | None = None, address: str | None = None, kind: str | None = None
               ) -> list[dict[str, Any]]:
        """The recorded events' payloads (what a webhook receives), oldest first."""
        return list(self.engine.store.events(event=event, address=address, kind=kind))

    def suppressed(self) -> list[str]:
        """The suppressed addresses (lowercased, sorted)."""
        return [row["address"] for row in self.engine.store.suppressed()]

    def suppression(self, address: str) -> dict[str, Any] | None:
        """The suppression row of ``address`` (reason, class, policy, when), or None."""
        return self.engine.store.suppression(address)

    def is_suppressed(self, address: str) -> bool:
        return self.suppression(address) is not None

    def pending(self) -> list[Any]:
        """Deliveries still pending or dead in the outbox."""
        return list(self.engine.store.deliveries())

    # -- lifecycle -------------------------------------------------------------------------------
    def close(self) -> None:
        if self._engine is not None:
            self._engine.close()
            self._engine = None

    def __enter__(self) -> "EngineHarness":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
