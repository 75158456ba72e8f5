"""Formats the generic text reader gets wrong, one small module per MTA or provider family."""
