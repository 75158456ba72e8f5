"""The verifier's shipped knowledge: disposable domains, role accounts, typo targets.

Each list is a text file in ``filter/hygiene/data/`` (one entry a line, ``#`` comments, its source
and licence in its header), installed with the package (pyproject's package-data): no network is
needed to use them.  They are read once, on first use, so ``import filter.hygiene`` stays cheap.

``python -m filter.hygiene.lists update`` rewrites ``disposable_domains.txt`` from the installed
``disposable-email-domains`` package (``pip install -U disposable-email-domains`` first); the
domains of that package, when it is installed, are also added at run time, so a site can follow
the upstream list without waiting for a release of bouncefilter.
"""
from __future__ import annotations

import functools
import sys
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

DATA = "data"


def _lines(name: str) -> list[str]:
    """The entries of one data file: stripped, lower case, comments and blank lines left out."""
    text = resources.files("filter.hygiene").joinpath(DATA, name).read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip().lower()
        if line:
            out.append(line)
    return out


@functools.cache
def disposable_domains() -> frozenset[str]:
    """Domains of throw-away mailbox providers: the shipped list, plus the installed
    ``disposable_email_domains`` package's when there is one (a newer list)."""
    domains = set(_lines("disposable_domains.txt"))
    try:
        from disposable_email_domains import blocklist  # type: ignore[import-not-found]
    except ImportError:
        pass
    else:
        domains.update(d.strip().lower() for d in blocklist)
    return frozenset(domains)


def is_disposable(domain: str) -> bool:
    """``domain`` or a parent of it is listed (``x.mailinator.com`` is as disposable as its parent)."""
    listed = disposable_domains()
    labels = domain.lower().rstrip(".").split(".")
    return any(".".join(labels[i:]) in listed for i in range(len(labels) - 1))


@functools.cache
def role_accounts() -> frozenset[str]:
    """Local parts that name a function (RFC 2142), not a person."""
    return frozenset(_lines("role_accounts.txt"))


def is_role(local: str) -> bool:
    """The local part, without a ``+tag`` (RFC 5233 subaddress), names a role."""
    return local.lower().split("+", 1)[0] in role_accounts()


@dataclass(frozen=True, slots=True)
class TypoTable:
    """``typo_targets.txt``: the targets in order, the real domains never corrected, TLD fixes."""

    targets: tuple[str, ...]
    known: frozenset[str]
    tlds: dict[str, str]


@functools.cache
def typo_table() -> TypoTable:
    targets, known, tlds = [], set(), {}
    for entry in _lines("typo_targets.txt"):
        if entry.startswith("tld:"):
            wrong, right = entry[4:].split()
            tlds[wrong] = right
        elif entry.startswith("!"):
            known.add(entry[1:])
        else:
            targets.append(entry)
    return TypoTable(tuple(targets), frozenset(known | set(targets)), tlds)


def distance(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment edit distance (Damerau: a transposition counts one), or
    ``limit + 1`` as soon as it must exceed ``limit`` (most pairs are rejected at once)."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = ca != cb
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


def _limit(target: str) -> int:
    """Edits allowed for a target: none for short names (aol.com vs sol.com are both real),
    one from 9 characters (gmail.com), two from 13 (googlemail.com)."""
    return 0 if len(target) < 9 else 1 if len(target) < 13 else 2


@functools.lru_cache(maxsize=65536)
def suggest_domain(domain: str) -> str | None:
    """The big provider's domain ``domain`` is probably a typo of, or None (cached: a list holds
    the same domains again and again, and each costs a pass over the targets)."""
    table = typo_table()
    domain = domain.lower().rstrip(".")
    if domain in table.known:
        return None
    head, _, tld = domain.rpartition(".")
    fixed = f"{head}.{table.tlds[tld]}" if head and tld in table.tlds else None
    if fixed in table.known:
        return fixed if fixed in table.targets else None
    best: tuple[int, str] | None = None
    for target in table.targets:
        limit = _limit(target)
        for candidate in (domain, fixed):
            if candidate is None or limit == 0:
                continue
            d = distance(candidate, target, limit)
            if d <= limit and (best is None or d < best[0]):
                best = (d, target)
    return best[1] if best else None


def update_disposable(path: Path | None = None) -> int:
    """Rewrite the shipped disposable list from the installed ``disposable_email_domains``
    package, keeping this file's header; the number of domains written."""
    from disposable_email_domains import blocklist  # type: ignore[import-not-found]

    path = path or Path(__file__).with_name(DATA) / "disposable_domains.txt"
    header = [line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    domains = sorted({d.strip().lower() for d in blocklist if d.strip()})
    path.write_text("\n".join(header) + "\n\n" + "".join(d + "\n" for d in domains), encoding="utf-8")
    return len(domains)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv != ["update"]:
        print("usage: python -m filter.hygiene.lists update   (after pip install -U disposable-email-domains)",
              file=sys.stderr)
        return 2
    try:
        n = update_disposable()
    except ImportError:
        print("filter.hygiene.lists: the disposable-email-domains package is not installed "
              "(pip install -U disposable-email-domains)", file=sys.stderr)
        return 1
    print(f"disposable_domains.txt: {n} domains; update the version in its header, review the diff")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
