"""``bouncefilter web`` with an ``ingest:`` section serves the ESP endpoints at ``/ingest/`` too
(docs/ingest.md): the provider's signature authenticates them, no web token; a SIGHUP reloads
their keys with the rest of the config.  The real service, over HTTP."""
from __future__ import annotations

import signal
import time

import pytest
from ingeststack import MAILGUN_KEY, Providers
from test_ingest_service import mailgun_failed
from webstack import WRITE_TOKEN, make_home, start_web


@pytest.fixture
def providers(tmp_path):
    p = Providers(tmp_path / "providers")
    yield p
    p.close()


def _top(mailgun_env: str) -> str:
    return f"ingest:\n  mailgun:\n    signing_key: ${{{mailgun_env}}}\n"


def test_web_serves_the_ingest_endpoints_without_a_token_and_reloads_their_keys(tmp_path, providers, monkeypatch):
    monkeypatch.setenv("BF_TEST_MG_KEY", MAILGUN_KEY)
    monkeypatch.setenv("BF_TEST_MG_KEY2", "key-other-" + "f" * 32)
    home = make_home(tmp_path / "home", corpus=False, top=_top("BF_TEST_MG_KEY"))
    web = start_web(home)
    try:
        gone = "gone@customer.example"
        status, body, _ = web.request("POST", "/ingest/mailgun", raw=providers.mailgun(mailgun_failed(gone)),
                                      headers={"Content-Type": "application/json"})
        assert status == 200, body
        status, _, _ = web.request("POST", "/ingest/mailgun", raw=providers.mailgun(mailgun_failed("x@y.example"),
                                                                                     key="key-wrong"),
                                   headers={"Content-Type": "application/json"})
        assert status == 401
        assert web.json("GET", f"/api/v1/suppressions/{gone}", token=WRITE_TOKEN)[0] == 200
        # SIGHUP: the new key is the one that counts
        home.config.write_text(home.config.read_text().replace("BF_TEST_MG_KEY}", "BF_TEST_MG_KEY2}"))
        web.proc.send_signal(signal.SIGHUP)
        other = "other@customer.example"
        deadline = time.monotonic() + 20
        while True:
            status, _, _ = web.request("POST", "/ingest/mailgun",
                                       raw=providers.mailgun(mailgun_failed(other), key=home.env["BF_TEST_MG_KEY2"]),
                                       headers={"Content-Type": "application/json"})
            if status == 200 or time.monotonic() > deadline:
                break
            time.sleep(0.2)
        assert status == 200
        assert web.request("POST", "/ingest/mailgun", raw=providers.mailgun(mailgun_failed("z@y.example")),
                           headers={"Content-Type": "application/json"})[0] == 401   # the old key no more
    finally:
        assert web.stop() == 0
    assert "Traceback" not in web.log.read_text()
