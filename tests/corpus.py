"""The shared corpus (../shared/corpus beside the checkout) and its labels, for the tests."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
SCORE = SHARED / "tools" / "score.py"
FOLDERS = ("bounces", "other", "not-bounces")


@lru_cache(maxsize=1)
def labels() -> dict[str, dict]:
    path = CORPUS / "labels.jsonl"
    if not path.exists():
        return {}
    return {row["file"]: row for row in map(json.loads, path.read_text().splitlines()) if row}


def path_of(name: str) -> Path:
    for folder in FOLDERS:
        p = CORPUS / folder / name
        if p.exists():
            return p
    raise FileNotFoundError(name)


def require() -> None:
    if not labels():
        pytest.skip(f"the shared corpus is not at {CORPUS}")


def names() -> list[str]:
    """Every labelled file (empty when the corpus is absent: the tests then skip)."""
    return sorted(labels())


@lru_cache(maxsize=1)
def replies() -> list[dict]:
    """../shared/corpus/replies.tsv: reply texts real servers send, with the reason their words mean."""
    import csv

    path = CORPUS / "replies.tsv"
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))
