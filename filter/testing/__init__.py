"""bouncefilter's testing kit: test your own bounce handling against real servers on loopback.

* :class:`FakeMX` (``filter.testing.fake_mx``): an SMTP server on 127.0.0.1 that answers per
  recipient pattern (refuse, defer, greylist, accept and keep) and records every transaction;
* :class:`BounceFactory` (``filter.testing.bounces``): bounces in the shapes of Postfix, Exim,
  Sendmail, Exchange / Microsoft 365, Gmail and qmail, ARF complaints, auto-replies, challenges;
* :class:`WebhookReceiver` (``filter.testing.webhook``): an HTTP endpoint that verifies
  ``X-Bouncefilter-Signature`` and records deliveries;
* :class:`EngineHarness` (``filter.testing.engine``): a temporary config, state folder and engine.

With pytest, ``pip install 'bouncefilter[testing]'`` registers the plugin
(``filter.testing.plugin``) and its fixtures ``fake_mx``, ``bounce_factory``,
``webhook_receiver`` and ``bouncefilter_engine``.  This package does not import pytest; see
``docs/testing.md``.
"""
from __future__ import annotations

from filter.testing.bounces import SHAPES, BounceFactory, UnsupportedBounce, supports, why_not
from filter.testing.engine import EngineHarness
from filter.testing.fake_mx import FakeMX, ReceivedMessage, Transaction
from filter.testing.webhook import Received, WebhookReceiver

__all__ = ["FakeMX", "Transaction", "ReceivedMessage", "BounceFactory", "SHAPES", "UnsupportedBounce",
           "supports", "why_not", "WebhookReceiver", "Received", "EngineHarness"]
