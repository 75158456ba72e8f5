"""The acceptance test of the testing kit as a user meets it: a fresh virtualenv with only
``bouncefilter[testing]`` installed (from this checkout; the extra brings pytest), and a test
file outside the project (tests/kit_outside/, copied to a temporary folder, so no conftest of
ours applies) that uses the four fixtures by name and imports nothing of ours.

Prints how long each step took (``pytest -s`` shows it): a fresh venv, the install of
the checkout with its dependencies from the package index (pip's cache makes repeats faster),
and the outside test run.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUTSIDE = Path(__file__).resolve().parent / "kit_outside" / "test_newsletter_bounces.py"
#: what a wheel of the checkout needs: not our tests, caches, state or virtualenvs
IGNORE = shutil.ignore_patterns(".git", ".venv", "venv", "build", "dist", "*.egg-info", "__pycache__",
                                ".pytest_cache", ".hypothesis", "state", "tests", "bench", "*.pyc")


def _run(argv: list[str], cwd: Path, timeout: float) -> tuple[subprocess.CompletedProcess, float]:
    t = time.monotonic()
    r = subprocess.run(argv, cwd=cwd, capture_output=True, text=True, timeout=timeout)
    return r, time.monotonic() - t


def test_a_fresh_virtualenv_with_the_testing_extra_runs_a_test_outside_the_project(tmp_path):
    project = tmp_path / "checkout"
    shutil.copytree(REPO, project, ignore=IGNORE)
    venv = tmp_path / "venv"
    # no pip inside: this process's pip installs into it (--python, pip >= 22.3), which saves the
    # ~20 s of ensurepip; an older pip gets a venv with its own pip
    r, t_venv = _run([sys.executable, "-m", "venv", "--without-pip", str(venv)], tmp_path, 300)
    assert r.returncode == 0, r.stderr
    py = str(venv / "bin" / "python")
    install = ["install", "-q", "--disable-pip-version-check", "--no-compile", f"{project}[testing]"]
    r, t_install = _run([sys.executable, "-m", "pip", "--python", py, *install], tmp_path, 900)
    if r.returncode != 0 and "--python" in r.stderr and "no such option" in r.stderr:
        r, t_pip = _run([py, "-m", "ensurepip", "-q"], tmp_path, 300)
        t_venv += t_pip
        r, t_install = _run([py, "-m", "pip", *install], tmp_path, 900)
    assert r.returncode == 0, r.stdout + r.stderr

    outside = tmp_path / "app-tests"
    outside.mkdir()
    shutil.copy(OUTSIDE, outside / OUTSIDE.name)
    source = (outside / OUTSIDE.name).read_text()
    assert "import filter" not in source and "from filter" not in source  # the fixtures by name only

    # the installed package, not the checkout, is what the test imports
    r, _ = _run([py, "-c", "import filter.testing.plugin as p; print(p.__file__)"], outside, 120)
    assert r.returncode == 0 and r.stdout.strip().startswith(str(venv)), r.stdout + r.stderr
    r, t_test = _run([py, "-m", "pytest", "-q", "-p", "no:cacheprovider", OUTSIDE.name], outside, 300)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "2 passed" in r.stdout, r.stdout
    print(f"\nfresh venv {t_venv:.1f}s; pip install .[testing] {t_install:.1f}s; outside test run {t_test:.1f}s")
