"""Store backends: the durable events, per-address history, suppression list and outbox.

:mod:`filter.store.sqlite.sqlite` is the embedded default.
"""
