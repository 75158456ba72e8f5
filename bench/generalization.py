"""How the classifier does on real bounces it was never tuned on: flufl.bounce's test set.

    python bench/generalization.py [--cache DIR] [--show]

GNU Mailman's bounce library ships about 110 real bounces from MTAs the shared corpus does not
have (GroupWise, SMTP32, Netscape, Yale, LLNL, Sina, AOL, old Exchange, ...) with the failed
addresses its detectors must find.  This script fetches that source distribution from PyPI (pip
download, cached), and reports detection and recipient recall / precision against those
expectations.  It is a check on generalisation, not a test: the figures are printed, nothing
fails.  Reasons are not labelled there, so only addresses and kinds count.
"""
from __future__ import annotations

import argparse
import ast
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def fetch(cache: Path) -> Path:
    """The unpacked flufl.bounce sdist (its tests/ folder holds the data)."""
    found = sorted(cache.glob("flufl_bounce-*/tests/test_detectors.py"))
    if found:
        return found[-1].parents[1]
    cache.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", ":all:",
                    "-d", str(cache), "flufl.bounce"], check=True)
    sdist = sorted(cache.glob("flufl_bounce-*.tar.gz"))[-1]
    with tarfile.open(sdist) as tar:
        tar.extractall(cache, filter="data")
    return sorted(cache.glob("flufl_bounce-*/tests/test_detectors.py"))[-1].parents[1]


def expectations(root: Path) -> dict[str, tuple[set[str], bool]]:
    """file name -> (expected failed addresses, temporary?) from flufl's DETECTORS table."""
    tree = ast.parse((root / "tests" / "test_detectors.py").read_text())
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "DETECTORS":
            table = ast.literal_eval(node.value)
            break
    else:
        raise SystemExit("no DETECTORS table in flufl.bounce's tests")
    out: dict[str, tuple[set[str], bool]] = {}
    for _module, name, addresses, temporary in table:
        have = out.setdefault(name, (set(), temporary))[0]
        have.update(a.decode().lower() for a in addresses)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cache", default=str(Path(tempfile.gettempdir()) / "bouncefilter-generalization"))
    ap.add_argument("--show", action="store_true", help="list every file that misses or adds an address")
    args = ap.parse_args()
    root = fetch(Path(args.cache))
    data = root / "tests" / "data"

    from filter import classify

    files = detected = pairs = found = reported = reported_ok = 0
    for name, (want, _temporary) in sorted(expectations(root).items()):
        if not want:
            continue  # flufl's "must not throw" cases
        report = classify((data / name).read_bytes(), source=name)
        got = {(r.address or "").lower() for r in report.recipients if r.address}
        files += 1
        detected += report.kind in ("failed", "delayed")
        pairs += len(want)
        found += len(want & got)
        reported += len(got)
        reported_ok += len(got & want)
        if args.show and (want - got or got - want):
            print(f"  {name:22} kind={report.kind:10} missing={sorted(want - got)} extra={sorted(got - want)}")
    print(f"flufl.bounce test set: {files} bounces with expected addresses")
    print(f"  detect        {detected / files:.4f}")
    print(f"  recip_recall  {found / pairs:.4f}")
    print(f"  recip_prec    {reported_ok / max(reported, 1):.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
