"""ESP notifications in: Amazon SES (via SNS), SendGrid, Postmark and Mailgun, verified and fed to
the same Engine as every other way in (``docs/ingest.md``).

The flow, one way: the request -> the provider's module verifies its signature and reads its
events into :class:`~filter.ingest.model.ProviderEvent` values (:mod:`.ses`, :mod:`.sendgrid`,
:mod:`.postmark`, :mod:`.mailgun`) -> the provider's mapping table gives kind and default reason
(:mod:`.mapping`) and the SMTP diagnostic goes through the classifier (:mod:`.report`) -> one
:class:`~filter.core.model.Report` per event -> :meth:`filter.engine.Engine.record` (events,
rules, suppression list, outbox).  :mod:`.app` is the Starlette app (mountable at ``/ingest``),
:mod:`.service` the standalone ``bouncefilter ingest`` server.
"""
