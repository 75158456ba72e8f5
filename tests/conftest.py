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
import pgstack

MAILSTACK_UNAVAILABLE = ms.unavailable_reason()
PG_UNAVAILABLE = pgstack.unavailable_reason()
PIPE_VENV_CACHE = os.environ.get("BOUNCEFILTER_PIPE_VENV_CACHE", "/var/tmp/bouncefilter-pipe-venv")


def pytest_report_header(config: pytest.Config) -> str:
    reason = MAILSTACK_UNAVAILABLE
    return (f"mailstack: {'SKIPPED, ' + reason if reason else 'available'}; "
            f"postgresql: {'SKIPPED, ' + PG_UNAVAILABLE if PG_UNAVAILABLE else 'available'}")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if MAILSTACK_UNAVAILABLE:
        skip = pytest.mark.skip(reason=f"mailstack: {MAILSTACK_UNAVAILABLE}")
        for item in items:
            if "mailstack" in item.keywords:
                item.add_marker(skip)


def pytest_sessionstart(session: pytest.Session) -> None:
    if not MAILSTACK_UNAVAILABLE:
        ms.reap_stale()  # daemons left by a test run that was SIGKILLed
    pgstack.reap_stale()  # PostgreSQL clusters left the same way


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


# -- the store engines: every engine and store test runs on SQLite and on PostgreSQL -------------
@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[pgstack.PgCluster]:
    """A private PostgreSQL cluster (tests/pgstack.py) for the session; skipped when unavailable."""
    if PG_UNAVAILABLE:
        pytest.skip(f"postgresql: {PG_UNAVAILABLE}")
    cluster = pgstack.PgCluster()
    try:
        cluster.setup()
    except BaseException:
        cluster.destroy()
        raise
    yield cluster
    from filter.store.postgres import close_pools

    close_pools()
    cluster.destroy()


@pytest.fixture
def pg_url(pg_cluster: pgstack.PgCluster) -> Iterator[str]:
    """A new database with the schema, for this test only: its url (user ``bf``, no password)."""
    name = pg_cluster.new_db()
    yield pg_cluster.url(name)
    from filter.store.postgres import close_pools

    close_pools()
    pg_cluster.drop_db(name)


class StoreBackend:
    """Which store a parametrised test runs on: ``name`` (``sqlite`` | ``postgresql``), ``url``
    (None for SQLite: the default file in ``state_dir``) and ``yaml``, the ``store:`` section to
    put in a config (empty for SQLite, so those configs stay exactly today's)."""

    def __init__(self, name: str, url: str | None, cluster: "pgstack.PgCluster | None" = None):
        self.name, self.url, self.cluster = name, url, cluster

    @property
    def yaml(self) -> str:
        return "" if self.url is None else f"store: {{url: '{self.url}'}}\n"

    def __repr__(self) -> str:
        return f"StoreBackend({self.name})"


@pytest.fixture(params=["sqlite", "postgresql"])
def store_backend(request: pytest.FixtureRequest) -> StoreBackend:
    """Each test that asks for it runs twice: on SQLite and on a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return StoreBackend("sqlite", None)
    return StoreBackend("postgresql", request.getfixturevalue("pg_url"), request.getfixturevalue("pg_cluster"))


@pytest.fixture
def store_in_module(request: pytest.FixtureRequest, store_backend: StoreBackend):
    """For a module whose configs read a module-global ``STORE`` (its ``store:`` section; "" for
    SQLite, so those configs stay exactly today's): each of its tests runs on SQLite and on a fresh
    PostgreSQL database, ``STORE`` holding the backend's section meanwhile.  A module opts in with
    ``pytestmark = pytest.mark.usefixtures("store_in_module")``."""
    request.module.STORE = store_backend.yaml
    yield store_backend
    request.module.STORE = ""
