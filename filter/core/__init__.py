"""The classification core: bytes -> ParsedMessage -> detectors -> records -> classifier -> Report.

No state, no config, no I/O: the same bytes give the same report.  ``filter.classify`` is the
entry point; :mod:`filter.core.pipeline.pipeline` is where the pieces meet.
"""
