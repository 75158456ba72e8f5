"""The pytest plugin of the testing kit, registered through the ``pytest11`` entry point.

Installed with ``pip install 'bouncefilter[testing]'``; any test then asks for the fixtures by
name, without importing anything:

``fake_mx``
    a started :class:`~filter.testing.fake_mx.FakeMX` on 127.0.0.1 (``.port``, ``.nexthop``,
    ``.reject(...)``, ``.greylist(...)``, ``.transactions``, ``.messages``);
``bounce_factory``
    a :class:`~filter.testing.bounces.BounceFactory` (``.bounce(rcpt, reason, shape=...)``,
    ``.complaint(rcpt)``, ``.auto_reply(rcpt)``, ``.challenge(rcpt)``);
``webhook_receiver``
    a listening :class:`~filter.testing.webhook.WebhookReceiver` with a fresh random ``.secret``;
``bouncefilter_engine``
    an :class:`~filter.testing.engine.EngineHarness` in the test's ``tmp_path`` that posts every
    event to ``webhook_receiver`` (``.configure(...)`` points it elsewhere).

The names are prefixed or specific enough not to clash with a project's own fixtures (the
project's own suite keeps ``remote_mx``, ``postfix_factory``, ``dovecot`` ...).  Each fixture is
function-scoped: every test gets fresh servers and a fresh state folder.
"""
from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest

from filter.testing.bounces import BounceFactory
from filter.testing.engine import EngineHarness
from filter.testing.fake_mx import FakeMX
from filter.testing.webhook import WebhookReceiver


@pytest.fixture
def fake_mx() -> Iterator[FakeMX]:
    """An SMTP server on 127.0.0.1 answering per recipient pattern; accepts everything until told."""
    with FakeMX() as mx:
        yield mx


@pytest.fixture
def bounce_factory() -> BounceFactory:
    """Bounces, complaints and auto-replies in the shapes real mail systems send."""
    return BounceFactory()


@pytest.fixture
def webhook_receiver() -> Iterator[WebhookReceiver]:
    """An HTTP endpoint verifying X-Bouncefilter-Signature with ``.secret`` (random per test)."""
    with WebhookReceiver(secrets.token_urlsafe(24)) as rx:
        yield rx


@pytest.fixture
def bouncefilter_engine(tmp_path: Path, webhook_receiver: WebhookReceiver) -> Iterator[EngineHarness]:
    """A config + state folder + engine in ``tmp_path``, posting its events to ``webhook_receiver``."""
    with EngineHarness(tmp_path / "bouncefilter", webhook_url=webhook_receiver.url,
                       webhook_secret=webhook_receiver.secret) as harness:
        yield harness
