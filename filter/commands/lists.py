"""Address lists in files: plain (one address a line, ``#`` comments) or CSV with a header row.

Read the same way by ``suppression import``, ``verify --file`` and the console's import
(filter/web/pages.py): UTF-8 (bad bytes become U+FFFD, which no address passes), a BOM dropped,
the address column found by its name.
"""
from __future__ import annotations

import re
import sys
from typing import Iterator

from filter.commands import EX_USAGE, fail

#: header names of the address column, first found wins
ADDRESS_COLUMNS = ("address", "email", "email_address", "emailaddress", "e-mail", "recipient", "mail")


def read_input(path: str) -> tuple[str, str]:
    """(text, name for messages) of ``path`` (``-``: stdin)."""
    if path == "-":
        data = sys.stdin.buffer.read()
        name = "<stdin>"
    else:
        try:
            with open(path, "rb") as f:
                data = f.read()
        except OSError as e:
            fail(f"{path}: {e.strerror or e}")
        name = path
    return data.decode("utf-8", "replace").removeprefix("\ufeff"), name


def plain_entries(text: str) -> Iterator[tuple[int, str, None]]:
    """(line number, address text, None) of a plain list; comments and blanks skipped."""
    for n, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        # a comment after the address (whitespace, then #): "a@example.com  # moved away"
        yield n, (re.split(r"\s#", line, maxsplit=1)[0].rstrip() if "#" in line else line), None


def csv_table(text: str, name: str) -> tuple[list[str], int, Iterator[tuple[int, list[str]]]] | None:
    """(header, index of the address column, (line number, fields) of each data row) of a CSV
    list; blank rows and rows starting with ``#`` skipped; None when the text has no row at all.
    A header without an address column is a clear error (CommandError)."""
    import csv
    import io

    from filter.core.address import printable

    reader = csv.reader(io.StringIO(text, newline=""))
    header = None
    for fields in reader:
        if any(f.strip() for f in fields):
            header = [f.strip().lower().lstrip("'") for f in fields]
            break
    if header is None:
        return None
    col = next((header.index(c) for c in ADDRESS_COLUMNS if c in header), None)
    if col is None:
        fail(f"{printable(name)}:{reader.line_num}: the header names no address column (one of: "
             f"{', '.join(ADDRESS_COLUMNS)}); got: {printable(','.join(header), 200)}", EX_USAGE)

    def rows() -> Iterator[tuple[int, list[str]]]:
        for fields in reader:
            if not any(f.strip() for f in fields) or fields[0].lstrip().startswith("#"):
                continue
            yield reader.line_num, fields

    return header, col, rows()
