"""``bouncefilter web``: the console (server-rendered pages), the HTTP API under ``/api/v1`` and
Prometheus metrics at ``/metrics``, over one store (docs/web.md).

Why these pieces: Starlette (a small, well-kept ASGI framework) and uvicorn serve it; Jinja2
renders the pages, which work without JavaScript and without a build step; charts are SVG made
on the server (:mod:`filter.web.charts`), so `bouncefilter report` can put the same pages in one
self-contained file.  The numbers come from the store's grouped queries and from
:func:`filter.commands.stats.collect` (:mod:`filter.web.data`); every change goes through the
engine (``Engine.suppress`` / ``unsuppress``), as the CLI's does.

Modules: ``settings`` is in :mod:`filter.config` (``web:``); :mod:`.auth` (tokens, sessions,
CSRF), :mod:`.stores` (a bounded pool of store connections), :mod:`.data` (what pages, API and
report show), :mod:`.charts`, :mod:`.metrics`, :mod:`.api`, :mod:`.pages`, :mod:`.app` (the
application and the server: limits, SIGHUP, SIGTERM).
"""
