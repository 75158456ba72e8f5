"""Shared fixtures: real servers from tests/mailstack.py (Postfix, Dovecot, aiosmtpd MX).

Tests that use them are marked ``@pytest.mark.mailstack``; they are skipped (reason printed in
the header and the -ra summary) only when not root or a binary/package is missing.
Put fixtures of your own in your own test modules.
"""
from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import mailstack as ms

MAILSTACK_UNAVAILABLE = ms.unavailable_reason()
PIPE_VENV_CACHE = os.environ.get("BOUNCEFILTER_PIPE_VENV_CACHE", "/var/tmp/bouncefilter-pipe-venv")


def pytest_report_header(config: pytest.Config) -> str:
    reason = MAILSTACK_UNAVAILABLE
    return f"mailstack: {'SKIPPED, ' + reason if reason else 'available'}"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if MAILSTACK_UNAVAILABLE:
        skip = pytest.mark.skip(reason=f"mailstack: {MAILSTACK_UNAVAILABLE}")
        for item in items:
            if "mailstack" in item.keywords:
                item.add_marker(skip)


def pytest_sessionstart(session: pytest.Session) -> None:
    if not MAILSTACK_UNAVAILABLE:
        ms.reap_stale()  # daemons left by a test run that was SIGKILLed


def pytest_sessionfinish(session: pytest.Session) -> None:
    ms.wait_pending_stops()


def _require() -> None:
    if MAILSTACK_UNAVAILABLE:
        pytest.skip(f"mailstack: {MAILSTACK_UNAVAILABLE}")


@pytest.fixture
def mailstack_tmpdir() -> Iterator[Path]:
    """A 0755 temp dir (unlike tmp_path, traversable by nobody/postfix/dovecot); removed after."""
    d = ms.make_tempdir("t-")
    yield d
    shutil.rmtree(d, ignore_errors=True)


@pytest.fixture(scope="session")
def test_ca() -> Iterator[ms.TLSFiles]:
    """CA + server cert for localhost/127.0.0.1 (EC), and an unrelated CA (.other_ca_cert)."""
    _require()
    d = ms.make_tempdir("ca-")
    yield ms.make_test_ca(d / "tls")
    shutil.rmtree(d, ignore_errors=True)


@pytest.fixture
def remote_mx() -> Iterator[ms.RemoteMX]:
    """The remote MX for remote.test; edit .rules / .set_rule() in the test."""
    _require()
    with ms.RemoteMX() as mx:
        yield mx


@pytest.fixture
def postfix_factory(remote_mx: ms.RemoteMX) -> Iterator[Callable[..., ms.PostfixInstance]]:
    """make(**PostfixInstance kwargs) -> a started instance relaying remote.test to remote_mx."""
    started: list[ms.PostfixInstance] = []

    def make(**kw: Any) -> ms.PostfixInstance:
        kw.setdefault("remote", remote_mx)
        pf = ms.PostfixInstance(**kw)
        pf.__enter__()
        started.append(pf)
        return pf

    yield make
    for pf in reversed(started):
        pf.stop()


@pytest.fixture
def dovecot(test_ca: ms.TLSFiles) -> Iterator[ms.DovecotInstance]:
    """POP3 (+STLS) and POP3S; users testuser/secret123 and bounces/bouncepass."""
    with ms.DovecotInstance(users={"testuser": "secret123", "bounces": "bouncepass"},
                            tls=test_ca, background_stop=True) as dv:
        yield dv


@pytest.fixture(scope="session")
def pipe_venv() -> Path:
    """Venv (Debian python, project installed non-editable) that nobody can run; cached."""
    _require()
    return ms.pipe_venv(PIPE_VENV_CACHE)
