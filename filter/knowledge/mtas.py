"""(filled in below)"""
from __future__ import annotations

PHRASES: dict[str, list[str]] = {}
PROVIDER_CODES: list[tuple[str, str, str]] = []
