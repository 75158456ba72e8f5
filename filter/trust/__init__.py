"""Trust: only real bounces of our own mail may act.

:mod:`~filter.trust.assess.verp` signs return paths, message ids and tokens; :mod:`~filter.trust.assess.dkimcheck`
reads DKIM evidence in a returned original; :mod:`~filter.trust.assess.assess` gives each recipient a verdict.
"""
